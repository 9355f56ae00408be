//! What to do about an error, as data. Faces and the engine say which fix applies; the front
//! end words it: the CLI names its commands and flags (`cli::hints`), another front end may word
//! the same fix its own way. Advice that names no command or option stays plain words.

/// An error's hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    /// Advice in words that name no command or option of a front end.
    Text(String),
    /// A fix that names what the user runs or gives; the front end words it.
    Fix(Fix),
}

/// Fixes that name a command or an option. Each says what the user does, not how a front end
/// spells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    // --- who acts
    /// Act as one of the configured moderators, or stop claiming to be one.
    ActAsModeratorOrNot,
    /// An empty user name: give one, or act anonymously.
    NameOrAnonymous,
    /// Claim the moderator role.
    ActAsModerator,
    /// Name the acting user.
    SayWhoYouAre,
    /// Only the author or a moderator may delete a comment.
    ActAsAuthorOrModerator,
    /// Read the item's ACL, or act as another user.
    SeeAclOrActAsAnother,
    /// A lock needs an owner: act as the owner.
    ActAsLockOwner,

    // --- what exists
    ListNamespaces,
    /// The keys of one namespace.
    ListKeys {
        namespace: String,
    },
    ListNodes,
    ListFeeds,
    /// The groups of one aggregated feed.
    ListGroups {
        feed: String,
    },
    /// An aggregated feed keeps the aggregator it was made with: leave the choice out, use
    /// another feed, or delete this one to start over.
    KeepFeedAggregator {
        feed: String,
    },
    /// No aggregated feed of that key: adding activities makes one.
    AddToMakeAggregatedFeed,
    ListItems,
    /// The revisions of one item.
    ListRevisions {
        item: String,
    },
    ListUsers,
    ListSessions,
    /// The instances of one session.
    ListInstances {
        session: String,
    },
    /// The tasks of one session.
    ListTasks {
        session: String,
    },
    /// Held locks: wait, ask the owner, or break the lock.
    SeeLocksOrBreak,
    /// A runner lost its claim on an instance: claims are taken over too early.
    LongerReclaimAfter,
    /// A runner stopped at its limit of runs with instances still scheduled: allow more runs,
    /// or look for a cycle in the workflow.
    RaiseMaxRuns,
    /// Only the owner releases a lock; an administrator may break it.
    OwnerReleasesOrAdminBreaks,
    /// Verify the store.
    RunCheck,

    // --- how to ask
    /// A node that exists: update it or skip it.
    UpdateOrIgnoreExistingNode,
    /// A comment's node does not exist: nothing was stored, create the node first.
    AddNodeFirst,
    /// A reply to a comment waiting for moderation: a moderator accepts it first.
    AcceptParentFirst,
    /// A comment needs its text.
    GiveCommentText,
    /// A metadata key storectl fills itself; where the author, comment and mime type go.
    ReservedMetaKey,
    /// The item moved on: reread it and say which revision the change expects.
    RetryWithExpectedRevision,
    /// A page's text must be UTF-8: binary data is an attachment.
    StoreAsAttachment,
    /// Keys to remove are missing: nothing was removed; skip missing ones.
    IgnoreMissingKeys,
    /// A namespace document must be an object (`command` is `replace` or `merge`).
    GiveJsonObject {
        command: String,
    },
    /// The destination namespace has content: replace it, or copy/rename (`verb`) elsewhere.
    ForceOrAnotherName {
        verb: String,
    },
    /// A session exists: replace it, or import under another id.
    ReplaceOrAnotherUid,
    /// A malformed opaque value: the form of the tag.
    OpaqueTagForm,
    /// A plain JSON value of the opaque tag's form: read tags, or store another form.
    OpaqueTagsOrOtherForm,
    /// A session document without a uid: say which to store it under.
    GiveSessionUid,

    // --- the store
    /// The store URL is empty.
    GiveStoreUrl,
    /// The store path is a directory: name a file in it, e.g. `example`.
    StoreFileInDirectory {
        example: String,
    },
    /// The store path is not a file.
    NameStoreFile,
    /// A read of a store that does not exist: create it, or check which store is meant.
    CreateStore,
    /// The file is not a storectl store.
    PointAtStorectlStore,
    /// The store's directory does not exist.
    CreateDirectoryOrAnotherStore,
    /// The store's directory is not writable.
    StoreInWritableDirectory,
    /// A moin16 data dir holds items only.
    SqliteStoreForOtherFaces,
    /// A moin16 data dir is backed up as a directory tree, or migrated.
    CopyMoinDataDir,
    /// A migration writes into a sqlite store, not into a moin16 data dir (which serves itself).
    MigrateIntoSqliteStore,
    /// A copy's destination file exists: choose another, or overwrite it.
    OverwriteOrAnotherFile,
    /// A died transaction on a moin16 store: a real (not dry) run finishes it.
    FinishInterruptedTransaction,
    /// The change needs a transaction of its own.
    CommitFirst,
    /// A damaged store: find the damaged records, restore or rewrite them.
    FindDamagedRecords,
    /// A damaged store: verify it, or restore a backup.
    CheckOrRestore,
    /// A transaction lost to other writers and read too much input to run again.
    RerunOrSmallerBatches,
    /// A WebSupport database whose tables have another prefix.
    GiveTablePrefix,
    /// A table prefix that cannot be one: give WebSupport's `db_prefix`.
    UsableTablePrefix,
    /// An export of comments from a store without any: bring them in first.
    ImportCommentsFirst,
    /// `copy` writes only into an empty store.
    CopyToEmptyStore,
    /// `backup` of a server's store: `copy` it into an SQLite file, or the server's own tools.
    BackUpServerStore,
    /// `copy` read back something other than it wrote: a damaged source or a bug.
    CopyMismatch,
    /// `copy` reads stores of tables: a moin16 data dir is migrated into one first.
    MigrateMoinDataDirFirst,
    /// `copy` writes stores of tables: a moin16 data dir is written by an export.
    ExportMoinDataDir,
    /// `copy` needs a target other than its source.
    CopyToAnotherStore,

    // --- the configuration
    /// A setting is wrong: fix it where it comes from (the config file, an env var, a flag).
    FixSetting,
}

impl Hint {
    /// The words of a [`Hint::Text`]; `None` for a fix, which only a front end words.
    pub fn words(&self) -> Option<&str> {
        match self {
            Hint::Text(text) => Some(text),
            Hint::Fix(_) => None,
        }
    }
}

impl From<Fix> for Hint {
    fn from(fix: Fix) -> Hint {
        Hint::Fix(fix)
    }
}

impl From<String> for Hint {
    fn from(text: String) -> Hint {
        Hint::Text(text)
    }
}

impl From<&str> for Hint {
    fn from(text: &str) -> Hint {
        Hint::Text(text.to_string())
    }
}
