//! The CLI's words for the fixes faces and the engine suggest ([`Fix`]): the commands and flags
//! of `storectl`. Every error printed by the CLI, `batch` included, takes its hint from here.

use crate::error::{Error, Fix, Hint};
use crate::items_model::{RESERVED_META_KEYS, RESERVED_META_PREFIX};

/// An error's hint as the CLI prints it.
pub fn hint_text(err: &Error) -> Option<String> {
    err.hint_of().map(|hint| word(&hint))
}

pub fn word(hint: &Hint) -> String {
    match hint {
        Hint::Text(text) => text.clone(),
        Hint::Fix(fix) => word_fix(fix),
    }
}

fn word_fix(fix: &Fix) -> String {
    match fix {
        Fix::ActAsModeratorOrNot => "act as one of them with --as USER, or drop --moderator".into(),
        Fix::NameOrAnonymous => "give a name, or leave out --as to be anonymous".into(),
        Fix::ActAsModerator => "add --moderator".into(),
        Fix::SayWhoYouAre => "say who you are with --as USER".into(),
        Fix::ActAsAuthorOrModerator => {
            "only its author (--as AUTHOR) or a moderator (--moderator) \
                                        can; anonymous comments only a moderator"
                .into()
        }
        Fix::SeeAclOrActAsAnother => {
            "see the item's ACL with `storectl item acl NAME`; act as another user with --as".into()
        }
        Fix::ActAsLockOwner => "act as the owner with --as USER".into(),
        Fix::ListNamespaces => "list namespaces with: storectl namespace list".into(),
        Fix::ListKeys { namespace } => format!(
            "list the keys with: storectl namespace keys {}",
            shell_word(namespace)
        ),
        Fix::ListNodes => "list nodes with: storectl node list".into(),
        Fix::ListFeeds => "list feeds with: storectl feed keys".into(),
        Fix::ListGroups { feed } => format!(
            "list its groups with: storectl feed aggregated slice {} --all",
            shell_word(feed)
        ),
        Fix::KeepFeedAggregator { feed } => format!(
            "leave out --aggregator, or use another key (a feed keeps the aggregator it was made \
             with; `storectl feed aggregated delete {}` starts over)",
            shell_word(feed)
        ),
        Fix::AddToMakeAggregatedFeed => "`storectl feed aggregated add KEY FILE` makes one".into(),
        Fix::ListItems => "list items with: storectl item list".into(),
        Fix::ListRevisions { item } => {
            format!("list its revisions with: storectl item history {item:?}")
        }
        Fix::ListUsers => "list users with: storectl item users".into(),
        Fix::ListSessions => "list sessions with: storectl session list".into(),
        Fix::ListInstances { session } => {
            format!("list instances with: storectl session instances {session}")
        }
        Fix::ListTasks { session } => format!("list tasks with: storectl session tasks {session}"),
        Fix::SeeLocksOrBreak => {
            "storectl lock list; wait, ask its owner, or storectl lock break".into()
        }
        Fix::LongerReclaimAfter => {
            "give `session run` a --reclaim-after longer than the command runs".into()
        }
        Fix::RaiseMaxRuns => "raise --max-runs, or check the workflow for a cycle".into(),
        Fix::OwnerReleasesOrAdminBreaks => {
            "only its owner can release it; an administrator can `storectl lock break`".into()
        }
        Fix::RunCheck => "run `storectl check`".into(),
        Fix::UpdateOrIgnoreExistingNode => {
            "add --update to replace its document and source, or --ignore-existing to skip it"
                .into()
        }
        Fix::AddNodeFirst => {
            "nothing was stored; add the node first with `storectl node add`".into()
        }
        Fix::AcceptParentFirst => {
            "a moderator must accept it first: storectl moderate accept".into()
        }
        Fix::GiveCommentText => "give the text with --text".into(),
        Fix::ReservedMetaKey => format!(
            "reserved: {} and every key starting with {RESERVED_META_PREFIX:?}; the author is \
             --as, the comment --comment, the mime type --mimetype",
            RESERVED_META_KEYS.join(", ")
        ),
        Fix::RetryWithExpectedRevision => {
            "read the current revision and retry with --rev-expected set to it".into()
        }
        Fix::StoreAsAttachment => "store binary data as an attachment: --kind attachment".into(),
        Fix::IgnoreMissingKeys => {
            "nothing was removed; add --ignore-missing to skip missing keys".into()
        }
        Fix::GiveJsonObject { command } => {
            format!("give an object such as {{\"key\": \"value\"}} to `namespace {command}`")
        }
        Fix::ForceOrAnotherName { verb } => {
            format!("add --force to replace its content, or {verb} to another name")
        }
        Fix::ReplaceOrAnotherUid => {
            "add --replace to overwrite it, or import under another --uid".into()
        }
        Fix::OpaqueTagForm => {
            "an opaque value is written {\"$opaque\": {\"type\": T, \"base64\": B}} \
                               (\"bytes\": N optional), T lowercase letters, digits and .+_-"
                .into()
        }
        Fix::OpaqueTagsOrOtherForm => "to store it as an opaque value add --opaque-tags; \
                                       a plain JSON object needs another key besides \"$opaque\""
            .into(),
        Fix::GiveSessionUid => "give --uid UID".into(),
        Fix::GiveStoreUrl => "give --store sqlite:PATH or a path to a file".into(),
        Fix::StoreFileInDirectory { example } => format!("name a file, e.g. --store {example}"),
        Fix::NameStoreFile => "name a store file, e.g. --store ./storectl.db".into(),
        Fix::CreateStore => "create it with `storectl init` (any command that writes creates it \
                             too), or check --store / STORECTL_STORE"
            .into(),
        Fix::PointAtStorectlStore => {
            "point --store at a storectl store, or at a new file name to create one".into()
        }
        Fix::CreateDirectoryOrAnotherStore => {
            "create the directory first, or choose another --store".into()
        }
        Fix::StoreInWritableDirectory => {
            "choose a --store in a directory you may write, or ask for write access to it".into()
        }
        Fix::SqliteStoreForOtherFaces => {
            "use a sqlite: store for the other faces, e.g. --store sqlite:storectl.db".into()
        }
        Fix::CopyMoinDataDir => {
            "copy it with `tar -C DATA_DIR -cf backup.tar .` while the wiki \
                                 is idle, or `storectl migrate moin16 DATA_DIR` into a sqlite store"
                .into()
        }
        Fix::MigrateIntoSqliteStore => "a moin16: store already serves the data dir as it is; to \
                                        copy it, give --store sqlite:PATH"
            .into(),
        Fix::OverwriteOrAnotherFile => {
            "choose another file name, or add --force to overwrite it".into()
        }
        Fix::FinishInterruptedTransaction => "run any storectl command on this store without \
                                              --dry-run first: it completes or undoes that \
                                              transaction"
            .into(),
        Fix::CommitFirst => "commit first (in a batch: --batch-size 1)".into(),
        Fix::FindDamagedRecords => "`storectl check` lists every damaged record; restore the \
                                    store from a backup, or delete or rewrite those records"
            .into(),
        Fix::CheckOrRestore => "run `storectl check`, or restore from a backup".into(),
        Fix::GiveTablePrefix => {
            "if the tables have another prefix than sphinx_, give it with --prefix".into()
        }
        Fix::UsableTablePrefix => "give WebSupport's db_prefix, e.g. --prefix sphinx_".into(),
        Fix::ImportCommentsFirst => "`storectl migrate websupport DB` imports a WebSupport \
                                     database; a Sphinx build with storectl.websupport adds nodes"
            .into(),
        Fix::RerunOrSmallerBatches => {
            "run the command again, or give --batch-size so that each transaction reads less".into()
        }
        Fix::BackUpServerStore => "copy it into an SQLite file with: storectl copy --to FILE.db \
                                   (the same --store); or back it up with the server's own tools: \
                                   pg_dump -Fc DB > FILE (or pg_basebackup)"
            .into(),
        Fix::CopyToEmptyStore => "copy --to a new SQLite file, or to an empty PostgreSQL \
                                  database (createdb -E UTF8 -T template0 NAME); copy never merges \
                                  two stores"
            .into(),
        Fix::CopyMismatch => "run `storectl check` on the source; if it is clean, this is a bug \
                              in storectl: please report it"
            .into(),
        Fix::MigrateMoinDataDirFirst => "import it into a store with `storectl migrate moin16 \
                                         DATA_DIR`, then copy that store"
            .into(),
        Fix::ExportMoinDataDir => {
            "write a data dir from a store's items with `storectl export moin16 DIR`".into()
        }
        Fix::CopyToAnotherStore => "name another store with --to: a new SQLite file or an empty \
                                    PostgreSQL database"
            .into(),
        Fix::FixSetting => {
            "fix it in the config file; `storectl config show` says where each setting comes from"
                .into()
        }
    }
}

/// Quotes a word for a shell command shown in a hint.
fn shell_word(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | '@'))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each fix in the words the faces and the engine used before fixes were data.
    #[test]
    fn every_fix_reads_as_it_did() {
        let cases: Vec<(Fix, &str)> = vec![
            (Fix::ActAsModeratorOrNot, "act as one of them with --as USER, or drop --moderator"),
            (Fix::NameOrAnonymous, "give a name, or leave out --as to be anonymous"),
            (Fix::ListNodes, "list nodes with: storectl node list"),
            (Fix::ActAsModerator, "add --moderator"),
            (Fix::UpdateOrIgnoreExistingNode, "add --update to replace its document and source, or --ignore-existing to skip it"),
            (Fix::AddNodeFirst, "nothing was stored; add the node first with `storectl node add`"),
            (Fix::AcceptParentFirst, "a moderator must accept it first: storectl moderate accept"),
            (Fix::SayWhoYouAre, "say who you are with --as USER"),
            (Fix::GiveCommentText, "give the text with --text"),
            (Fix::ActAsAuthorOrModerator, "only its author (--as AUTHOR) or a moderator (--moderator) can; anonymous comments only a moderator"),
            (Fix::ListFeeds, "list feeds with: storectl feed keys"),
            (Fix::SeeAclOrActAsAnother, "see the item's ACL with `storectl item acl NAME`; act as another user with --as"),
            (Fix::ListItems, "list items with: storectl item list"),
            (Fix::RetryWithExpectedRevision, "read the current revision and retry with --rev-expected set to it"),
            (Fix::StoreAsAttachment, "store binary data as an attachment: --kind attachment"),
            (Fix::ListUsers, "list users with: storectl item users"),
            (Fix::SeeLocksOrBreak, "storectl lock list; wait, ask its owner, or storectl lock break"),
            (Fix::OwnerReleasesOrAdminBreaks, "only its owner can release it; an administrator can `storectl lock break`"),
            (Fix::LongerReclaimAfter, "give `session run` a --reclaim-after longer than the command runs"),
            (Fix::RaiseMaxRuns, "raise --max-runs, or check the workflow for a cycle"),
            (Fix::GiveSessionUid, "give --uid UID"),
            (Fix::RunCheck, "run `storectl check`"),
            (Fix::ListNamespaces, "list namespaces with: storectl namespace list"),
            (Fix::IgnoreMissingKeys, "nothing was removed; add --ignore-missing to skip missing keys"),
            (Fix::ListSessions, "list sessions with: storectl session list"),
            (Fix::ReplaceOrAnotherUid, "add --replace to overwrite it, or import under another --uid"),
            (Fix::NameStoreFile, "name a store file, e.g. --store ./storectl.db"),
            (Fix::PointAtStorectlStore, "point --store at a storectl store, or at a new file name to create one"),
            (Fix::CreateDirectoryOrAnotherStore, "create the directory first, or choose another --store"),
            (Fix::StoreInWritableDirectory, "choose a --store in a directory you may write, or ask for write access to it"),
            (Fix::SqliteStoreForOtherFaces, "use a sqlite: store for the other faces, e.g. --store sqlite:storectl.db"),
            (Fix::CopyMoinDataDir, "copy it with `tar -C DATA_DIR -cf backup.tar .` while the wiki is idle, or `storectl migrate moin16 DATA_DIR` into a sqlite store"),
            (Fix::MigrateIntoSqliteStore, "a moin16: store already serves the data dir as it is; to copy it, give --store sqlite:PATH"),
            (Fix::OverwriteOrAnotherFile, "choose another file name, or add --force to overwrite it"),
            (Fix::FinishInterruptedTransaction, "run any storectl command on this store without --dry-run first: it completes or undoes that transaction"),
            (Fix::CommitFirst, "commit first (in a batch: --batch-size 1)"),
            (Fix::GiveStoreUrl, "give --store sqlite:PATH or a path to a file"),
            (Fix::GiveTablePrefix, "if the tables have another prefix than sphinx_, give it with --prefix"),
            (Fix::UsableTablePrefix, "give WebSupport's db_prefix, e.g. --prefix sphinx_"),
            (Fix::ImportCommentsFirst, "`storectl migrate websupport DB` imports a WebSupport database; a Sphinx build with storectl.websupport adds nodes"),
            (Fix::CreateStore, "create it with `storectl init` (any command that writes creates it too), or check --store / STORECTL_STORE"),
            (Fix::FindDamagedRecords, "`storectl check` lists every damaged record; restore the store from a backup, or delete or rewrite those records"),
            (Fix::CheckOrRestore, "run `storectl check`, or restore from a backup"),
            (Fix::RerunOrSmallerBatches, "run the command again, or give --batch-size so that each transaction reads less"),
            (Fix::ListKeys { namespace: "my ns".into() }, "list the keys with: storectl namespace keys 'my ns'"),
            (Fix::ListKeys { namespace: "it's".into() }, "list the keys with: storectl namespace keys 'it'\\''s'"),
            (Fix::ListKeys { namespace: "a/b:c@d".into() }, "list the keys with: storectl namespace keys a/b:c@d"),
            (Fix::ListRevisions { item: "Front Page".into() }, "list its revisions with: storectl item history \"Front Page\""),
            (Fix::ListInstances { session: "s1".into() }, "list instances with: storectl session instances s1"),
            (Fix::ListTasks { session: "s1".into() }, "list tasks with: storectl session tasks s1"),
            (Fix::GiveJsonObject { command: "merge".into() }, "give an object such as {\"key\": \"value\"} to `namespace merge`"),
            (Fix::ForceOrAnotherName { verb: "copy".into() }, "add --force to replace its content, or copy to another name"),
            (Fix::StoreFileInDirectory { example: "/srv/storectl.db".into() }, "name a file, e.g. --store /srv/storectl.db"),
            (Fix::ActAsLockOwner, "act as the owner with --as USER"),
            (Fix::FixSetting, "fix it in the config file; `storectl config show` says where each setting comes from"),
        ];
        for (fix, words) in cases {
            assert_eq!(word(&Hint::Fix(fix.clone())), words, "{fix:?}");
        }
        assert_eq!(
            word_fix(&Fix::ReservedMetaKey),
            "reserved: name, kind, revision, mtime, action, deleted, userid, addr, hostname, \
             comment, extra, size, mimetype, acl, format, language and every key starting with \
             \"moin_\"; the author is --as, the comment --comment, the mime type --mimetype"
        );
        assert_eq!(word(&Hint::Text("words".into())), "words");
    }
}
