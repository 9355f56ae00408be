
use builtin;
use str;

set edit:completion:arg-completer[storectl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'storectl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'storectl'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store (if needed) and bring its schema up to date'
            cand check 'Verify the store: SQLite integrity plus every face''s invariants (exit 65 on problems)'
            cand backup 'Copy the whole store to a new file while it stays in use'
            cand stats 'Counts and sizes per face, and storage facts'
            cand copy 'Copy the whole store into another, empty one: SQLite to PostgreSQL and back'
            cand config 'Show the resolved settings, or write an example config file'
            cand namespace 'Namespaced key/value storage (Errbot storage plugins)'
            cand ns 'Namespaced key/value storage (Errbot storage plugins)'
            cand node 'Commentable paragraphs of a documentation build (Sphinx WebSupport nodes)'
            cand comment 'Threaded comments on nodes (Sphinx WebSupport)'
            cand vote 'Vote on a comment: storectl vote CID -1|0|1'
            cand moderate 'The moderation queue: list, accept, reject'
            cand rename-user 'Rename a user''s comments and votes (merging votes NEW already cast)'
            cand feed 'Activity storage and sorted timelines with exact 26-digit ids (Stream Framework)'
            cand item 'Revisioned items with MoinMoin ACLs, edit-log and query (the MoinMoin storage design)'
            cand lock 'Locks on items, sessions, namespaces and feeds, held across commands'
            cand session 'Triggers workflow sessions: tasks, instances, fire, finish, replay, skip'
            cand export 'Write the store in the formats of the systems storectl replaces'
            cand migrate 'Import data from the systems storectl replaces'
            cand batch 'Run many commands, one JSON line each, in one process and one transaction'
            cand serve 'Serve requests from a program: NDJSON on stdin or a Unix socket, one response each'
            cand generate-docs 'Regenerate shell completions and man pages into a directory (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;init'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;check'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;backup'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --force 'Overwrite DEST if it exists'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;stats'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;copy'= {
            cand --to 'Store to copy into: sqlite:PATH or a PATH (a new file, or an empty store), or postgres://USER@HOST:PORT/DB (an empty database; password as for --store)'
            cand --batch-size 'Rows read from the source and written to the target at a time: what memory holds (the copy is still one transaction); tables of item contents and edit-logs take at most 16 rows at a time'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;config'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print every resolved setting, where it came from, and its environment variable'
            cand init 'Write a commented example config file (default ./storectl.toml; - for stdout)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;config;show'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;config;init'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --force 'Overwrite an existing file'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;config;help'= {
            cand show 'Print every resolved setting, where it came from, and its environment variable'
            cand init 'Write a commented example config file (default ./storectl.toml; - for stdout)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;config;help;show'= {
        }
        &'storectl;config;help;init'= {
        }
        &'storectl;config;help;help'= {
        }
        &'storectl;namespace'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List namespaces with their key counts and total value bytes'
            cand keys 'Print the keys of a namespace, sorted'
            cand len 'Print the number of keys (0 for a namespace that does not exist)'
            cand get 'Print the JSON value of a key (exit 3 when missing, unless --default)'
            cand set 'Set a key to a JSON value'
            cand rm 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
            cand dump 'Print the whole namespace as one JSON object (errbot --storage-get)'
            cand replace 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)'
            cand merge 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
            cand create 'Create an empty namespace (listed with 0 keys until dropped)'
            cand drop 'Remove a namespace and all its keys'
            cand copy 'Copy a whole namespace (refuses a non-empty destination without --force)'
            cand rename 'Rename a whole namespace (refuses a non-empty destination without --force)'
            cand export 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
            cand import 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;ns'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List namespaces with their key counts and total value bytes'
            cand keys 'Print the keys of a namespace, sorted'
            cand len 'Print the number of keys (0 for a namespace that does not exist)'
            cand get 'Print the JSON value of a key (exit 3 when missing, unless --default)'
            cand set 'Set a key to a JSON value'
            cand rm 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
            cand dump 'Print the whole namespace as one JSON object (errbot --storage-get)'
            cand replace 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)'
            cand merge 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
            cand create 'Create an empty namespace (listed with 0 keys until dropped)'
            cand drop 'Remove a namespace and all its keys'
            cand copy 'Copy a whole namespace (refuses a non-empty destination without --force)'
            cand rename 'Rename a whole namespace (refuses a non-empty destination without --force)'
            cand export 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
            cand import 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;namespace;list'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;list'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;keys'= {
            cand --prefix 'Only keys starting with this prefix'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;keys'= {
            cand --prefix 'Only keys starting with this prefix'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;len'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;len'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;get'= {
            cand --default 'Print this JSON value instead of failing when the key is missing'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --raw 'Write an opaque value''s bytes exactly (e.g. the pickle, for `python -m pickletools`); a JSON value''s stored text'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;get'= {
            cand --default 'Print this JSON value instead of failing when the key is missing'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --raw 'Write an opaque value''s bytes exactly (e.g. the pickle, for `python -m pickletools`); a JSON value''s stored text'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;set'= {
            cand --file 'Read the value from FILE (- for stdin)'
            cand --opaque 'Store the bytes of --file as an opaque value of type TYPE (e.g. python-pickle)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --string 'Store VALUE (or the file''s content) as a JSON string, as-is'
            cand --opaque-tags 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;set'= {
            cand --file 'Read the value from FILE (- for stdin)'
            cand --opaque 'Store the bytes of --file as an opaque value of type TYPE (e.g. python-pickle)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --string 'Store VALUE (or the file''s content) as a JSON string, as-is'
            cand --opaque-tags 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;rm'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --ignore-missing 'Skip keys that do not exist instead of failing'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;rm'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --ignore-missing 'Skip keys that do not exist instead of failing'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;dump'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;dump'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;replace'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --opaque-tags 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;replace'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --opaque-tags 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;merge'= {
            cand --arrays 'What happens when both sides hold an array'
            cand --strategy 'How values are combined'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --opaque-tags 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;merge'= {
            cand --arrays 'What happens when both sides hold an array'
            cand --strategy 'How values are combined'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --opaque-tags 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;create'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;create'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;drop'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;drop'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;copy'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --force 'Replace a destination that already has keys'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;copy'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --force 'Replace a destination that already has keys'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;rename'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --force 'Replace a destination that already has keys'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;rename'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --force 'Replace a destination that already has keys'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;export'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;export'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;import'= {
            cand --batch-size 'Commit every N records instead of once at the end'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --opaque-tags 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;import'= {
            cand --batch-size 'Commit every N records instead of once at the end'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --opaque-tags 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;help'= {
            cand list 'List namespaces with their key counts and total value bytes'
            cand keys 'Print the keys of a namespace, sorted'
            cand len 'Print the number of keys (0 for a namespace that does not exist)'
            cand get 'Print the JSON value of a key (exit 3 when missing, unless --default)'
            cand set 'Set a key to a JSON value'
            cand rm 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
            cand dump 'Print the whole namespace as one JSON object (errbot --storage-get)'
            cand replace 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)'
            cand merge 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
            cand create 'Create an empty namespace (listed with 0 keys until dropped)'
            cand drop 'Remove a namespace and all its keys'
            cand copy 'Copy a whole namespace (refuses a non-empty destination without --force)'
            cand rename 'Rename a whole namespace (refuses a non-empty destination without --force)'
            cand export 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
            cand import 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;namespace;help;list'= {
        }
        &'storectl;namespace;help;keys'= {
        }
        &'storectl;namespace;help;len'= {
        }
        &'storectl;namespace;help;get'= {
        }
        &'storectl;namespace;help;set'= {
        }
        &'storectl;namespace;help;rm'= {
        }
        &'storectl;namespace;help;dump'= {
        }
        &'storectl;namespace;help;replace'= {
        }
        &'storectl;namespace;help;merge'= {
        }
        &'storectl;namespace;help;create'= {
        }
        &'storectl;namespace;help;drop'= {
        }
        &'storectl;namespace;help;copy'= {
        }
        &'storectl;namespace;help;rename'= {
        }
        &'storectl;namespace;help;export'= {
        }
        &'storectl;namespace;help;import'= {
        }
        &'storectl;namespace;help;help'= {
        }
        &'storectl;ns;help'= {
            cand list 'List namespaces with their key counts and total value bytes'
            cand keys 'Print the keys of a namespace, sorted'
            cand len 'Print the number of keys (0 for a namespace that does not exist)'
            cand get 'Print the JSON value of a key (exit 3 when missing, unless --default)'
            cand set 'Set a key to a JSON value'
            cand rm 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
            cand dump 'Print the whole namespace as one JSON object (errbot --storage-get)'
            cand replace 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)'
            cand merge 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
            cand create 'Create an empty namespace (listed with 0 keys until dropped)'
            cand drop 'Remove a namespace and all its keys'
            cand copy 'Copy a whole namespace (refuses a non-empty destination without --force)'
            cand rename 'Rename a whole namespace (refuses a non-empty destination without --force)'
            cand export 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
            cand import 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;ns;help;list'= {
        }
        &'storectl;ns;help;keys'= {
        }
        &'storectl;ns;help;len'= {
        }
        &'storectl;ns;help;get'= {
        }
        &'storectl;ns;help;set'= {
        }
        &'storectl;ns;help;rm'= {
        }
        &'storectl;ns;help;dump'= {
        }
        &'storectl;ns;help;replace'= {
        }
        &'storectl;ns;help;merge'= {
        }
        &'storectl;ns;help;create'= {
        }
        &'storectl;ns;help;drop'= {
        }
        &'storectl;ns;help;copy'= {
        }
        &'storectl;ns;help;rename'= {
        }
        &'storectl;ns;help;export'= {
        }
        &'storectl;ns;help;import'= {
        }
        &'storectl;ns;help;help'= {
        }
        &'storectl;node'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a node, or a whole build''s nodes with --from (one transaction)'
            cand list 'List nodes (of one document) with their comment counts'
            cand show 'Show one node with its source and comment counts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;node;add'= {
            cand --document 'The document the node belongs to (docname, e.g. contents or dir/index)'
            cand --source 'The node''s source text'
            cand --source-file 'Read the source text from FILE (- for stdin)'
            cand --from 'Read {"id", "document", "source"} records (NDJSON, array or object) from FILE (- for stdin)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --update 'Replace document and source of a node that exists'
            cand --ignore-existing 'Skip nodes that exist (a rebuild)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;node;list'= {
            cand --document 'Only the nodes of this document (an unknown document gives an empty list)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --ids 'Only each node''s id and document (no counts): which nodes exist, in one cheap read'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;node;show'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;node;help'= {
            cand add 'Add a node, or a whole build''s nodes with --from (one transaction)'
            cand list 'List nodes (of one document) with their comment counts'
            cand show 'Show one node with its source and comment counts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;node;help;add'= {
        }
        &'storectl;node;help;list'= {
        }
        &'storectl;node;help;show'= {
        }
        &'storectl;node;help;help'= {
        }
        &'storectl;comment'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from'
            cand list 'Print a node''s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote'
            cand show 'Print one comment'
            cand delete 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;comment;add'= {
            cand --node 'The node to comment on'
            cand --parent 'The comment to reply to'
            cand --text 'The comment''s text, stored as given'
            cand --time 'When it was written (RFC 3339; default now)'
            cand --proposal 'A proposed new source for the node (top-level comments only)'
            cand --from 'Read comment records (NDJSON, array or object) from FILE (- for stdin)'
            cand --batch-size 'With --from: commit every N records instead of once at the end'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --hidden 'Store it hidden, waiting for moderation'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;comment;list'= {
            cand --node 'Node id'
            cand --user 'The comments this user wrote, flat and oldest first (hidden ones only for moderators)'
            cand --sort 'Sibling order (default: oldest first)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;comment;show'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;comment;delete'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;comment;help'= {
            cand add 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from'
            cand list 'Print a node''s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote'
            cand show 'Print one comment'
            cand delete 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;comment;help;add'= {
        }
        &'storectl;comment;help;list'= {
        }
        &'storectl;comment;help;show'= {
        }
        &'storectl;comment;help;delete'= {
        }
        &'storectl;comment;help;help'= {
        }
        &'storectl;vote'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand cast 'Cast a vote (same as `storectl vote CID VALUE`)'
            cand list 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;vote;cast'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;vote;list'= {
            cand --comment 'Every vote on this comment'
            cand --user 'Every vote of this user'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;vote;help'= {
            cand cast 'Cast a vote (same as `storectl vote CID VALUE`)'
            cand list 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;vote;help;cast'= {
        }
        &'storectl;vote;help;list'= {
        }
        &'storectl;vote;help;help'= {
        }
        &'storectl;moderate'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Comments waiting for moderation, oldest first (moderators only)'
            cand accept 'Make a hidden comment displayed (moderators only)'
            cand reject 'Delete a comment with its replies and votes (moderators only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;moderate;list'= {
            cand --document 'Only comments on this document''s nodes'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;moderate;accept'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;moderate;reject'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;moderate;help'= {
            cand list 'Comments waiting for moderation, oldest first (moderators only)'
            cand accept 'Make a hidden comment displayed (moderators only)'
            cand reject 'Delete a comment with its replies and votes (moderators only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;moderate;help;list'= {
        }
        &'storectl;moderate;help;accept'= {
        }
        &'storectl;moderate;help;reject'= {
        }
        &'storectl;moderate;help;help'= {
        }
        &'storectl;rename-user'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Store an activity once and add it to every KEY''s timeline (fan-out), in one transaction'
            cand add-many 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY'
            cand slice 'A page of a timeline, newest first: filters, then Python slice bounds'
            cand count 'Number of entries in a timeline (0 when it does not exist)'
            cand index-of '0-based rank of an id, newest first (exit 3 when absent)'
            cand contains 'Whether a timeline holds an id (prints true or false; exit 0 either way)'
            cand remove 'Remove ids from a timeline (absent ids are ignored)'
            cand trim 'Keep only the LENGTH newest entries (one range delete)'
            cand delete 'Remove a timeline (its activities stay in activity storage)'
            cand keys 'Timelines with their entry counts'
            cand activity 'The activity storage: get, add, remove'
            cand aggregated 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks'
            cand follow 'Copy the newest LIMIT ids of SOURCE into FOLLOWER''s timeline'
            cand unfollow 'Remove from FOLLOWER every entry whose activity''s actor is one of --actor'
            cand gc 'Remove activities that no timeline references'
            cand flush 'Remove every timeline and every activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;feed;add'= {
            cand --actor 'The actor (an integer)'
            cand --verb 'Verb id (0-999) or name (follow, comment, love, add, or [feeds.verbs])'
            cand --object 'The object (0 <= object < 10^10)'
            cand --target 'The target (an integer)'
            cand --time 'When: RFC 3339 to the microsecond (without an offset: UTC), or epoch milliseconds; default now'
            cand --extra 'extra_context: a JSON object'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;add-many'= {
            cand --from 'Read activities from FILE (- for stdin)'
            cand --batch-size 'Commit every N records instead of once at the end'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;slice'= {
            cand --start 'Python slice start on the filtered order (negative counts from the end)'
            cand --stop 'Python slice stop (negative counts from the end) [default: 25]'
            cand --gt 'Only ids greater than ID'
            cand --gte 'Only ids greater than or equal to ID'
            cand --lt 'Only ids less than ID'
            cand --lte 'Only ids less than or equal to ID'
            cand --after 'Continue after this id (keyset paging: no OFFSET scan)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --all 'No stop: everything from --start on'
            cand --asc 'Oldest first'
            cand --ids-only 'Print ids only, not the activities'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;count'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;index-of'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;contains'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;remove'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;trim'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;delete'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;keys'= {
            cand --prefix 'Only keys starting with P'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;activity'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)'
            cand add 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new'
            cand remove 'Remove activities from activity storage (timelines keep their ids: slices show them missing)'
            cand list 'List activity storage by id, ascending (NDJSON with --format ndjson)'
            cand flush 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework''s activity storage flush'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;feed;activity;get'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;activity;add'= {
            cand --batch-size 'Commit every N records instead of once at the end'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;activity;remove'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;activity;list'= {
            cand --after 'Start after this id (keyset paging)'
            cand --limit 'At most N activities'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;activity;flush'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;activity;help'= {
            cand get 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)'
            cand add 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new'
            cand remove 'Remove activities from activity storage (timelines keep their ids: slices show them missing)'
            cand list 'List activity storage by id, ascending (NDJSON with --format ndjson)'
            cand flush 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework''s activity storage flush'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;feed;activity;help;get'= {
        }
        &'storectl;feed;activity;help;add'= {
        }
        &'storectl;feed;activity;help;remove'= {
        }
        &'storectl;feed;activity;help;list'= {
        }
        &'storectl;feed;activity;help;flush'= {
        }
        &'storectl;feed;activity;help;help'= {
        }
        &'storectl;feed;aggregated'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one'
            cand put 'Write whole groups (Stream Framework''s add_many_aggregated), replacing a group of the same key'
            cand slice 'A page of groups, most recently updated first (Python slice bounds)'
            cand count 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)'
            cand mark 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)'
            cand remove 'Remove activities from their groups (a group left empty goes), or --group whole groups'
            cand trim 'Keep only the LENGTH most recently updated groups'
            cand delete 'Remove an aggregated feed and its groups (a missing one is no error)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;feed;aggregated;add'= {
            cand --aggregator 'Aggregator of a new feed: recent_verb or notification [default: [feeds] aggregator]'
            cand --max-length 'Groups the feed keeps [default: [feeds] aggregated_max_length, 100]'
            cand --max-activities 'Activities a group keeps [default: [feeds] max_aggregated_activities_length, 15]'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;aggregated;put'= {
            cand --aggregator 'Aggregator of a new feed: recent_verb or notification [default: [feeds] aggregator]'
            cand --max-length 'Groups the feed keeps [default: [feeds] aggregated_max_length, 100]'
            cand --max-activities 'Activities a group keeps [default: [feeds] max_aggregated_activities_length, 15]'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;aggregated;slice'= {
            cand --start 'Python slice start (negative counts from the end)'
            cand --stop 'Python slice stop (negative counts from the end) [default: 25]'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --all 'No stop: every group from --start on'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;aggregated;count'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;aggregated;mark'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --all 'Every group of the feed'
            cand --seen 'Mark seen (the default when no mark is given)'
            cand --read 'Mark read'
            cand --unseen 'Mark unseen again'
            cand --unread 'Mark unread again'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;aggregated;remove'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --group 'The arguments are group keys: remove those groups whole'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;aggregated;trim'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;aggregated;delete'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;aggregated;help'= {
            cand add 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one'
            cand put 'Write whole groups (Stream Framework''s add_many_aggregated), replacing a group of the same key'
            cand slice 'A page of groups, most recently updated first (Python slice bounds)'
            cand count 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)'
            cand mark 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)'
            cand remove 'Remove activities from their groups (a group left empty goes), or --group whole groups'
            cand trim 'Keep only the LENGTH most recently updated groups'
            cand delete 'Remove an aggregated feed and its groups (a missing one is no error)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;feed;aggregated;help;add'= {
        }
        &'storectl;feed;aggregated;help;put'= {
        }
        &'storectl;feed;aggregated;help;slice'= {
        }
        &'storectl;feed;aggregated;help;count'= {
        }
        &'storectl;feed;aggregated;help;mark'= {
        }
        &'storectl;feed;aggregated;help;remove'= {
        }
        &'storectl;feed;aggregated;help;trim'= {
        }
        &'storectl;feed;aggregated;help;delete'= {
        }
        &'storectl;feed;aggregated;help;help'= {
        }
        &'storectl;feed;follow'= {
            cand --limit 'How many of the newest entries to copy'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;unfollow'= {
            cand --actor 'Actors to remove (repeatable)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;gc'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;flush'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;feed;help'= {
            cand add 'Store an activity once and add it to every KEY''s timeline (fan-out), in one transaction'
            cand add-many 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY'
            cand slice 'A page of a timeline, newest first: filters, then Python slice bounds'
            cand count 'Number of entries in a timeline (0 when it does not exist)'
            cand index-of '0-based rank of an id, newest first (exit 3 when absent)'
            cand contains 'Whether a timeline holds an id (prints true or false; exit 0 either way)'
            cand remove 'Remove ids from a timeline (absent ids are ignored)'
            cand trim 'Keep only the LENGTH newest entries (one range delete)'
            cand delete 'Remove a timeline (its activities stay in activity storage)'
            cand keys 'Timelines with their entry counts'
            cand activity 'The activity storage: get, add, remove'
            cand aggregated 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks'
            cand follow 'Copy the newest LIMIT ids of SOURCE into FOLLOWER''s timeline'
            cand unfollow 'Remove from FOLLOWER every entry whose activity''s actor is one of --actor'
            cand gc 'Remove activities that no timeline references'
            cand flush 'Remove every timeline and every activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;feed;help;add'= {
        }
        &'storectl;feed;help;add-many'= {
        }
        &'storectl;feed;help;slice'= {
        }
        &'storectl;feed;help;count'= {
        }
        &'storectl;feed;help;index-of'= {
        }
        &'storectl;feed;help;contains'= {
        }
        &'storectl;feed;help;remove'= {
        }
        &'storectl;feed;help;trim'= {
        }
        &'storectl;feed;help;delete'= {
        }
        &'storectl;feed;help;keys'= {
        }
        &'storectl;feed;help;activity'= {
            cand get 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)'
            cand add 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new'
            cand remove 'Remove activities from activity storage (timelines keep their ids: slices show them missing)'
            cand list 'List activity storage by id, ascending (NDJSON with --format ndjson)'
            cand flush 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework''s activity storage flush'
        }
        &'storectl;feed;help;activity;get'= {
        }
        &'storectl;feed;help;activity;add'= {
        }
        &'storectl;feed;help;activity;remove'= {
        }
        &'storectl;feed;help;activity;list'= {
        }
        &'storectl;feed;help;activity;flush'= {
        }
        &'storectl;feed;help;aggregated'= {
            cand add 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one'
            cand put 'Write whole groups (Stream Framework''s add_many_aggregated), replacing a group of the same key'
            cand slice 'A page of groups, most recently updated first (Python slice bounds)'
            cand count 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)'
            cand mark 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)'
            cand remove 'Remove activities from their groups (a group left empty goes), or --group whole groups'
            cand trim 'Keep only the LENGTH most recently updated groups'
            cand delete 'Remove an aggregated feed and its groups (a missing one is no error)'
        }
        &'storectl;feed;help;aggregated;add'= {
        }
        &'storectl;feed;help;aggregated;put'= {
        }
        &'storectl;feed;help;aggregated;slice'= {
        }
        &'storectl;feed;help;aggregated;count'= {
        }
        &'storectl;feed;help;aggregated;mark'= {
        }
        &'storectl;feed;help;aggregated;remove'= {
        }
        &'storectl;feed;help;aggregated;trim'= {
        }
        &'storectl;feed;help;aggregated;delete'= {
        }
        &'storectl;feed;help;follow'= {
        }
        &'storectl;feed;help;unfollow'= {
        }
        &'storectl;feed;help;gc'= {
        }
        &'storectl;feed;help;flush'= {
        }
        &'storectl;feed;help;help'= {
        }
        &'storectl;item'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The query interface: items with their current revision, size, mtime and kind'
            cand show 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)'
            cand put 'Store a new revision from FILE or stdin'
            cand history 'Revisions, newest first'
            cand log 'The edit-log of one item, or of all items, newest first'
            cand meta 'Show or change item-level metadata'
            cand delete 'Mark an item deleted (a revision without data; history stays; put revives it)'
            cand rename 'Rename an item with its history (a page''s attachments move too)'
            cand copy 'Copy an item with all its revisions (and a page''s attachments)'
            cand revert 'Store revision N''s data as a new revision (SAVE/REVERT)'
            cand destroy 'Remove an item and all its history for good (admin right)'
            cand acl 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get'
            cand can 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)'
            cand users 'User profiles (a profile makes its name Known to ACLs)'
            cand user 'Add, show or remove a user profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;item;list'= {
            cand --prefix 'Only names starting with P'
            cand --kind 'Only items of this kind'
            cand --meta 'Only items whose item-level metadata has KEY = VALUE (repeatable)'
            cand --search 'Only pages whose current text has every word of TEXT, as whole words, in any order'
            cand --changed-since 'Only items changed at or after TIME (RFC 3339)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --include-deleted 'Include deleted items'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;show'= {
            cand --rev 'Revision number (default: the current one)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --meta-only 'Metadata only; the data is not read'
            cand --raw 'Write the exact bytes of the data to stdout, and nothing else'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;put'= {
            cand --comment 'Edit-log comment'
            cand --meta 'Extra revision metadata KEY=VALUE (JSON if it parses, else a string; repeatable)'
            cand --mimetype 'Mime type (default: from #format for pages, from the extension for attachments)'
            cand --rev-expected 'Fail with exit 4, writing nothing, unless the current revision is N (0: a new item)'
            cand --kind 'Kind of a new item'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;history'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;log'= {
            cand --since 'Only lines from this time on (RFC 3339)'
            cand --limit 'At most N lines'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;meta'= {
            cand --set 'Set KEY to VALUE (JSON if it parses, else a string)'
            cand --unset 'Remove KEY'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;delete'= {
            cand --comment 'Edit-log comment'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;rename'= {
            cand --comment 'Edit-log comment'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;copy'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;revert'= {
            cand --to 'The revision to go back to'
            cand --comment 'Edit-log comment'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;destroy'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;acl'= {
            cand --kind 'For an item that does not exist yet: the kind it would be created as'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;can'= {
            cand --kind 'For an item that does not exist yet: the kind it would be created as'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;users'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;user'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a user profile'
            cand show 'Show a user profile'
            cand rm 'Remove a user profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;item;user;add'= {
            cand --email 'E-mail address'
            cand --alias 'Another name of the user (repeatable)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;user;show'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;user;rm'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;item;user;help'= {
            cand add 'Create a user profile'
            cand show 'Show a user profile'
            cand rm 'Remove a user profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;item;user;help;add'= {
        }
        &'storectl;item;user;help;show'= {
        }
        &'storectl;item;user;help;rm'= {
        }
        &'storectl;item;user;help;help'= {
        }
        &'storectl;item;help'= {
            cand list 'The query interface: items with their current revision, size, mtime and kind'
            cand show 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)'
            cand put 'Store a new revision from FILE or stdin'
            cand history 'Revisions, newest first'
            cand log 'The edit-log of one item, or of all items, newest first'
            cand meta 'Show or change item-level metadata'
            cand delete 'Mark an item deleted (a revision without data; history stays; put revives it)'
            cand rename 'Rename an item with its history (a page''s attachments move too)'
            cand copy 'Copy an item with all its revisions (and a page''s attachments)'
            cand revert 'Store revision N''s data as a new revision (SAVE/REVERT)'
            cand destroy 'Remove an item and all its history for good (admin right)'
            cand acl 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get'
            cand can 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)'
            cand users 'User profiles (a profile makes its name Known to ACLs)'
            cand user 'Add, show or remove a user profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;item;help;list'= {
        }
        &'storectl;item;help;show'= {
        }
        &'storectl;item;help;put'= {
        }
        &'storectl;item;help;history'= {
        }
        &'storectl;item;help;log'= {
        }
        &'storectl;item;help;meta'= {
        }
        &'storectl;item;help;delete'= {
        }
        &'storectl;item;help;rename'= {
        }
        &'storectl;item;help;copy'= {
        }
        &'storectl;item;help;revert'= {
        }
        &'storectl;item;help;destroy'= {
        }
        &'storectl;item;help;acl'= {
        }
        &'storectl;item;help;can'= {
        }
        &'storectl;item;help;users'= {
        }
        &'storectl;item;help;user'= {
            cand add 'Create a user profile'
            cand show 'Show a user profile'
            cand rm 'Remove a user profile'
        }
        &'storectl;item;help;user;add'= {
        }
        &'storectl;item;help;user;show'= {
        }
        &'storectl;item;help;user;rm'= {
        }
        &'storectl;item;help;help'= {
        }
        &'storectl;lock'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand acquire 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)'
            cand release 'Release your lock'
            cand list 'Every lock, with its owner and expiry'
            cand break 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;lock;acquire'= {
            cand --ttl 'How long the lock holds, 0 to 36500d (e.g. 30s, 10m, 2h); default: until released'
            cand --wait 'Wait up to DURATION for another owner''s lock to go, instead of failing at once'
            cand --owner 'The owner (default: --as USER); another owner than --as needs an administrator'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;lock;release'= {
            cand --owner 'The owner (default: --as USER); another owner than --as needs an administrator'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;lock;list'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;lock;break'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;lock;help'= {
            cand acquire 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)'
            cand release 'Release your lock'
            cand list 'Every lock, with its owner and expiry'
            cand break 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;lock;help;acquire'= {
        }
        &'storectl;lock;help;release'= {
        }
        &'storectl;lock;help;list'= {
        }
        &'storectl;lock;help;break'= {
        }
        &'storectl;lock;help;help'= {
        }
        &'storectl;session'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Sessions with task, instance and unresolved counts'
            cand show 'The whole session document'
            cand configure 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session'
            cand tasks 'Task configs (--unresolved: without an instance yet, or with an unresolved one)'
            cand instances 'Instances, filtered'
            cand instance 'One instance'
            cand create-instance 'A new unstarted instance of TASK'
            cand clone-instance 'A copy of an instance (next number, unstarted, metadata {depth, parent})'
            cand fire 'Fire a trigger: create and apply to instances, abandon, schedule what became ready'
            cand status 'Set any status; optionally merge metadata and cascade (fire the task''s name)'
            cand finish 'Finish an instance with a result, then cascade (fire the task''s name with it)'
            cand fail 'Mark an instance failed'
            cand replay 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it'
            cand skip 'Skip a failed instance; --cascade fires the task''s name with --result'
            cand metadata 'Merge metadata into an instance (shallow)'
            cand resolve-logs 'Mark an instance''s logs as looked at'
            cand export 'The session document {tasks, instances, metas} (the seed''s stored shape, plus uid)'
            cand import 'Store a session document (every instance''s task must exist; nothing is stored otherwise)'
            cand delete 'Delete a session'
            cand flush 'Delete every session (a session another owner has locked refuses it: exit 75)'
            cand gc 'Delete sessions not modified for DURATION (e.g. 7d)'
            cand run 'Run scheduled instances with CMD until nothing is scheduled (a local runner)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;session;list'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;show'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;configure'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;tasks'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --unresolved 'unresolved'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;instances'= {
            cand --task 'Only this task''s'
            cand --status 'Only this status'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --unresolved 'Only unresolved ones (not finished, abandoned, skipped or replayed)'
            cand --unresolved-logs 'Only those whose logs need attention'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;instance'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;create-instance'= {
            cand --kwargs 'The instance''s kwargs: {trigger: kwargs}'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;clone-instance'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;fire'= {
            cand --kwargs 'The trigger''s kwargs (a JSON object; default {})'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;status'= {
            cand --metadata 'Metadata to merge (a JSON object)'
            cand --result 'The cascade''s kwargs (default {})'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --cascade 'Fire the task''s name with --result'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;finish'= {
            cand --result 'The result (JSON; default {})'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;fail'= {
            cand --error 'The error message'
            cand --log-level 'Log level (40 = error: listed by --unresolved-logs)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;replay'= {
            cand --kwargs 'Replace the clone''s kwargs wholesale ({} = none)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;skip'= {
            cand --result 'The cascade''s kwargs (default {})'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --cascade 'cascade'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;metadata'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;resolve-logs'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;export'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;import'= {
            cand --uid 'The uid to store it under (default: the document''s "uid")'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --replace 'Replace a session that exists'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;delete'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;flush'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;gc'= {
            cand --idle 'Idle time, 0 to 36500d (100 years), e.g. 300s, 12h, 7d'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;run'= {
            cand --command 'The command to run for each scheduled instance'
            cand --max-runs 'Stop after N runs (guards against workflows that never settle): the runs made are printed, with "stopped_at_max_runs": true, and the exit is 4'
            cand --reclaim-after 'Take over a running instance whose claim its runner last renewed longer ago than DURATION (e.g. 1m): a runner that died. Runners renew their claims every 10 s while CMD runs, so 30s or more takes over only from dead or hung runners [default: never]'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;session;help'= {
            cand list 'Sessions with task, instance and unresolved counts'
            cand show 'The whole session document'
            cand configure 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session'
            cand tasks 'Task configs (--unresolved: without an instance yet, or with an unresolved one)'
            cand instances 'Instances, filtered'
            cand instance 'One instance'
            cand create-instance 'A new unstarted instance of TASK'
            cand clone-instance 'A copy of an instance (next number, unstarted, metadata {depth, parent})'
            cand fire 'Fire a trigger: create and apply to instances, abandon, schedule what became ready'
            cand status 'Set any status; optionally merge metadata and cascade (fire the task''s name)'
            cand finish 'Finish an instance with a result, then cascade (fire the task''s name with it)'
            cand fail 'Mark an instance failed'
            cand replay 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it'
            cand skip 'Skip a failed instance; --cascade fires the task''s name with --result'
            cand metadata 'Merge metadata into an instance (shallow)'
            cand resolve-logs 'Mark an instance''s logs as looked at'
            cand export 'The session document {tasks, instances, metas} (the seed''s stored shape, plus uid)'
            cand import 'Store a session document (every instance''s task must exist; nothing is stored otherwise)'
            cand delete 'Delete a session'
            cand flush 'Delete every session (a session another owner has locked refuses it: exit 75)'
            cand gc 'Delete sessions not modified for DURATION (e.g. 7d)'
            cand run 'Run scheduled instances with CMD until nothing is scheduled (a local runner)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;session;help;list'= {
        }
        &'storectl;session;help;show'= {
        }
        &'storectl;session;help;configure'= {
        }
        &'storectl;session;help;tasks'= {
        }
        &'storectl;session;help;instances'= {
        }
        &'storectl;session;help;instance'= {
        }
        &'storectl;session;help;create-instance'= {
        }
        &'storectl;session;help;clone-instance'= {
        }
        &'storectl;session;help;fire'= {
        }
        &'storectl;session;help;status'= {
        }
        &'storectl;session;help;finish'= {
        }
        &'storectl;session;help;fail'= {
        }
        &'storectl;session;help;replay'= {
        }
        &'storectl;session;help;skip'= {
        }
        &'storectl;session;help;metadata'= {
        }
        &'storectl;session;help;resolve-logs'= {
        }
        &'storectl;session;help;export'= {
        }
        &'storectl;session;help;import'= {
        }
        &'storectl;session;help;delete'= {
        }
        &'storectl;session;help;flush'= {
        }
        &'storectl;session;help;gc'= {
        }
        &'storectl;session;help;run'= {
        }
        &'storectl;session;help;help'= {
        }
        &'storectl;export'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand moin16 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)'
            cand websupport 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;export;moin16'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;export;websupport'= {
            cand --prefix 'Table name prefix (WebSupport''s db_prefix): letters, digits and _'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --force 'Replace OUT if it is an existing file (it is replaced only once the new one is complete)'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;export;help'= {
            cand moin16 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)'
            cand websupport 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;export;help;moin16'= {
        }
        &'storectl;export;help;websupport'= {
        }
        &'storectl;export;help;help'= {
        }
        &'storectl;migrate'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand moin16 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)'
            cand verify 'Compare the store with a moin data directory and list every difference (exit 65 if any)'
            cand errbot 'Import an Errbot bot''s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)'
            cand websupport 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;migrate;moin16'= {
            cand --underlay 'An underlay directory: its pages are imported where the data dir has none'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --users 'Also import the user profiles of data/user'
            cand --resume 'Continue an interrupted migration (every run does: what is stored is not imported again)'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;migrate;verify'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --users 'Also compare the user profiles'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;migrate;errbot'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;migrate;websupport'= {
            cand --prefix 'Table name prefix (WebSupport''s db_prefix)'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;migrate;help'= {
            cand moin16 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)'
            cand verify 'Compare the store with a moin data directory and list every difference (exit 65 if any)'
            cand errbot 'Import an Errbot bot''s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)'
            cand websupport 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;migrate;help;moin16'= {
        }
        &'storectl;migrate;help;verify'= {
        }
        &'storectl;migrate;help;errbot'= {
        }
        &'storectl;migrate;help;websupport'= {
        }
        &'storectl;migrate;help;help'= {
        }
        &'storectl;batch'= {
            cand --batch-size 'Commit every N commands instead of once at the end'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;serve'= {
            cand --socket 'Listen on a Unix socket at PATH (created with mode 0600, removed on exit) for many clients at once, instead of serving stdin; an existing file that is not a socket is refused. "storectl serve: listening on PATH" on stderr says clients may connect'
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;generate-docs'= {
            cand --store 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --as 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --moderator 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;help'= {
            cand init 'Create the store (if needed) and bring its schema up to date'
            cand check 'Verify the store: SQLite integrity plus every face''s invariants (exit 65 on problems)'
            cand backup 'Copy the whole store to a new file while it stays in use'
            cand stats 'Counts and sizes per face, and storage facts'
            cand copy 'Copy the whole store into another, empty one: SQLite to PostgreSQL and back'
            cand config 'Show the resolved settings, or write an example config file'
            cand namespace 'Namespaced key/value storage (Errbot storage plugins)'
            cand node 'Commentable paragraphs of a documentation build (Sphinx WebSupport nodes)'
            cand comment 'Threaded comments on nodes (Sphinx WebSupport)'
            cand vote 'Vote on a comment: storectl vote CID -1|0|1'
            cand moderate 'The moderation queue: list, accept, reject'
            cand rename-user 'Rename a user''s comments and votes (merging votes NEW already cast)'
            cand feed 'Activity storage and sorted timelines with exact 26-digit ids (Stream Framework)'
            cand item 'Revisioned items with MoinMoin ACLs, edit-log and query (the MoinMoin storage design)'
            cand lock 'Locks on items, sessions, namespaces and feeds, held across commands'
            cand session 'Triggers workflow sessions: tasks, instances, fire, finish, replay, skip'
            cand export 'Write the store in the formats of the systems storectl replaces'
            cand migrate 'Import data from the systems storectl replaces'
            cand batch 'Run many commands, one JSON line each, in one process and one transaction'
            cand serve 'Serve requests from a program: NDJSON on stdin or a Unix socket, one response each'
            cand generate-docs 'Regenerate shell completions and man pages into a directory (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;help;init'= {
        }
        &'storectl;help;check'= {
        }
        &'storectl;help;backup'= {
        }
        &'storectl;help;stats'= {
        }
        &'storectl;help;copy'= {
        }
        &'storectl;help;config'= {
            cand show 'Print every resolved setting, where it came from, and its environment variable'
            cand init 'Write a commented example config file (default ./storectl.toml; - for stdout)'
        }
        &'storectl;help;config;show'= {
        }
        &'storectl;help;config;init'= {
        }
        &'storectl;help;namespace'= {
            cand list 'List namespaces with their key counts and total value bytes'
            cand keys 'Print the keys of a namespace, sorted'
            cand len 'Print the number of keys (0 for a namespace that does not exist)'
            cand get 'Print the JSON value of a key (exit 3 when missing, unless --default)'
            cand set 'Set a key to a JSON value'
            cand rm 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
            cand dump 'Print the whole namespace as one JSON object (errbot --storage-get)'
            cand replace 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)'
            cand merge 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
            cand create 'Create an empty namespace (listed with 0 keys until dropped)'
            cand drop 'Remove a namespace and all its keys'
            cand copy 'Copy a whole namespace (refuses a non-empty destination without --force)'
            cand rename 'Rename a whole namespace (refuses a non-empty destination without --force)'
            cand export 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
            cand import 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
        }
        &'storectl;help;namespace;list'= {
        }
        &'storectl;help;namespace;keys'= {
        }
        &'storectl;help;namespace;len'= {
        }
        &'storectl;help;namespace;get'= {
        }
        &'storectl;help;namespace;set'= {
        }
        &'storectl;help;namespace;rm'= {
        }
        &'storectl;help;namespace;dump'= {
        }
        &'storectl;help;namespace;replace'= {
        }
        &'storectl;help;namespace;merge'= {
        }
        &'storectl;help;namespace;create'= {
        }
        &'storectl;help;namespace;drop'= {
        }
        &'storectl;help;namespace;copy'= {
        }
        &'storectl;help;namespace;rename'= {
        }
        &'storectl;help;namespace;export'= {
        }
        &'storectl;help;namespace;import'= {
        }
        &'storectl;help;node'= {
            cand add 'Add a node, or a whole build''s nodes with --from (one transaction)'
            cand list 'List nodes (of one document) with their comment counts'
            cand show 'Show one node with its source and comment counts'
        }
        &'storectl;help;node;add'= {
        }
        &'storectl;help;node;list'= {
        }
        &'storectl;help;node;show'= {
        }
        &'storectl;help;comment'= {
            cand add 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from'
            cand list 'Print a node''s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote'
            cand show 'Print one comment'
            cand delete 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator'
        }
        &'storectl;help;comment;add'= {
        }
        &'storectl;help;comment;list'= {
        }
        &'storectl;help;comment;show'= {
        }
        &'storectl;help;comment;delete'= {
        }
        &'storectl;help;vote'= {
            cand cast 'Cast a vote (same as `storectl vote CID VALUE`)'
            cand list 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own'
        }
        &'storectl;help;vote;cast'= {
        }
        &'storectl;help;vote;list'= {
        }
        &'storectl;help;moderate'= {
            cand list 'Comments waiting for moderation, oldest first (moderators only)'
            cand accept 'Make a hidden comment displayed (moderators only)'
            cand reject 'Delete a comment with its replies and votes (moderators only)'
        }
        &'storectl;help;moderate;list'= {
        }
        &'storectl;help;moderate;accept'= {
        }
        &'storectl;help;moderate;reject'= {
        }
        &'storectl;help;rename-user'= {
        }
        &'storectl;help;feed'= {
            cand add 'Store an activity once and add it to every KEY''s timeline (fan-out), in one transaction'
            cand add-many 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY'
            cand slice 'A page of a timeline, newest first: filters, then Python slice bounds'
            cand count 'Number of entries in a timeline (0 when it does not exist)'
            cand index-of '0-based rank of an id, newest first (exit 3 when absent)'
            cand contains 'Whether a timeline holds an id (prints true or false; exit 0 either way)'
            cand remove 'Remove ids from a timeline (absent ids are ignored)'
            cand trim 'Keep only the LENGTH newest entries (one range delete)'
            cand delete 'Remove a timeline (its activities stay in activity storage)'
            cand keys 'Timelines with their entry counts'
            cand activity 'The activity storage: get, add, remove'
            cand aggregated 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks'
            cand follow 'Copy the newest LIMIT ids of SOURCE into FOLLOWER''s timeline'
            cand unfollow 'Remove from FOLLOWER every entry whose activity''s actor is one of --actor'
            cand gc 'Remove activities that no timeline references'
            cand flush 'Remove every timeline and every activity'
        }
        &'storectl;help;feed;add'= {
        }
        &'storectl;help;feed;add-many'= {
        }
        &'storectl;help;feed;slice'= {
        }
        &'storectl;help;feed;count'= {
        }
        &'storectl;help;feed;index-of'= {
        }
        &'storectl;help;feed;contains'= {
        }
        &'storectl;help;feed;remove'= {
        }
        &'storectl;help;feed;trim'= {
        }
        &'storectl;help;feed;delete'= {
        }
        &'storectl;help;feed;keys'= {
        }
        &'storectl;help;feed;activity'= {
            cand get 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)'
            cand add 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new'
            cand remove 'Remove activities from activity storage (timelines keep their ids: slices show them missing)'
            cand list 'List activity storage by id, ascending (NDJSON with --format ndjson)'
            cand flush 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework''s activity storage flush'
        }
        &'storectl;help;feed;activity;get'= {
        }
        &'storectl;help;feed;activity;add'= {
        }
        &'storectl;help;feed;activity;remove'= {
        }
        &'storectl;help;feed;activity;list'= {
        }
        &'storectl;help;feed;activity;flush'= {
        }
        &'storectl;help;feed;aggregated'= {
            cand add 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one'
            cand put 'Write whole groups (Stream Framework''s add_many_aggregated), replacing a group of the same key'
            cand slice 'A page of groups, most recently updated first (Python slice bounds)'
            cand count 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)'
            cand mark 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)'
            cand remove 'Remove activities from their groups (a group left empty goes), or --group whole groups'
            cand trim 'Keep only the LENGTH most recently updated groups'
            cand delete 'Remove an aggregated feed and its groups (a missing one is no error)'
        }
        &'storectl;help;feed;aggregated;add'= {
        }
        &'storectl;help;feed;aggregated;put'= {
        }
        &'storectl;help;feed;aggregated;slice'= {
        }
        &'storectl;help;feed;aggregated;count'= {
        }
        &'storectl;help;feed;aggregated;mark'= {
        }
        &'storectl;help;feed;aggregated;remove'= {
        }
        &'storectl;help;feed;aggregated;trim'= {
        }
        &'storectl;help;feed;aggregated;delete'= {
        }
        &'storectl;help;feed;follow'= {
        }
        &'storectl;help;feed;unfollow'= {
        }
        &'storectl;help;feed;gc'= {
        }
        &'storectl;help;feed;flush'= {
        }
        &'storectl;help;item'= {
            cand list 'The query interface: items with their current revision, size, mtime and kind'
            cand show 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)'
            cand put 'Store a new revision from FILE or stdin'
            cand history 'Revisions, newest first'
            cand log 'The edit-log of one item, or of all items, newest first'
            cand meta 'Show or change item-level metadata'
            cand delete 'Mark an item deleted (a revision without data; history stays; put revives it)'
            cand rename 'Rename an item with its history (a page''s attachments move too)'
            cand copy 'Copy an item with all its revisions (and a page''s attachments)'
            cand revert 'Store revision N''s data as a new revision (SAVE/REVERT)'
            cand destroy 'Remove an item and all its history for good (admin right)'
            cand acl 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get'
            cand can 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)'
            cand users 'User profiles (a profile makes its name Known to ACLs)'
            cand user 'Add, show or remove a user profile'
        }
        &'storectl;help;item;list'= {
        }
        &'storectl;help;item;show'= {
        }
        &'storectl;help;item;put'= {
        }
        &'storectl;help;item;history'= {
        }
        &'storectl;help;item;log'= {
        }
        &'storectl;help;item;meta'= {
        }
        &'storectl;help;item;delete'= {
        }
        &'storectl;help;item;rename'= {
        }
        &'storectl;help;item;copy'= {
        }
        &'storectl;help;item;revert'= {
        }
        &'storectl;help;item;destroy'= {
        }
        &'storectl;help;item;acl'= {
        }
        &'storectl;help;item;can'= {
        }
        &'storectl;help;item;users'= {
        }
        &'storectl;help;item;user'= {
            cand add 'Create a user profile'
            cand show 'Show a user profile'
            cand rm 'Remove a user profile'
        }
        &'storectl;help;item;user;add'= {
        }
        &'storectl;help;item;user;show'= {
        }
        &'storectl;help;item;user;rm'= {
        }
        &'storectl;help;lock'= {
            cand acquire 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)'
            cand release 'Release your lock'
            cand list 'Every lock, with its owner and expiry'
            cand break 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)'
        }
        &'storectl;help;lock;acquire'= {
        }
        &'storectl;help;lock;release'= {
        }
        &'storectl;help;lock;list'= {
        }
        &'storectl;help;lock;break'= {
        }
        &'storectl;help;session'= {
            cand list 'Sessions with task, instance and unresolved counts'
            cand show 'The whole session document'
            cand configure 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session'
            cand tasks 'Task configs (--unresolved: without an instance yet, or with an unresolved one)'
            cand instances 'Instances, filtered'
            cand instance 'One instance'
            cand create-instance 'A new unstarted instance of TASK'
            cand clone-instance 'A copy of an instance (next number, unstarted, metadata {depth, parent})'
            cand fire 'Fire a trigger: create and apply to instances, abandon, schedule what became ready'
            cand status 'Set any status; optionally merge metadata and cascade (fire the task''s name)'
            cand finish 'Finish an instance with a result, then cascade (fire the task''s name with it)'
            cand fail 'Mark an instance failed'
            cand replay 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it'
            cand skip 'Skip a failed instance; --cascade fires the task''s name with --result'
            cand metadata 'Merge metadata into an instance (shallow)'
            cand resolve-logs 'Mark an instance''s logs as looked at'
            cand export 'The session document {tasks, instances, metas} (the seed''s stored shape, plus uid)'
            cand import 'Store a session document (every instance''s task must exist; nothing is stored otherwise)'
            cand delete 'Delete a session'
            cand flush 'Delete every session (a session another owner has locked refuses it: exit 75)'
            cand gc 'Delete sessions not modified for DURATION (e.g. 7d)'
            cand run 'Run scheduled instances with CMD until nothing is scheduled (a local runner)'
        }
        &'storectl;help;session;list'= {
        }
        &'storectl;help;session;show'= {
        }
        &'storectl;help;session;configure'= {
        }
        &'storectl;help;session;tasks'= {
        }
        &'storectl;help;session;instances'= {
        }
        &'storectl;help;session;instance'= {
        }
        &'storectl;help;session;create-instance'= {
        }
        &'storectl;help;session;clone-instance'= {
        }
        &'storectl;help;session;fire'= {
        }
        &'storectl;help;session;status'= {
        }
        &'storectl;help;session;finish'= {
        }
        &'storectl;help;session;fail'= {
        }
        &'storectl;help;session;replay'= {
        }
        &'storectl;help;session;skip'= {
        }
        &'storectl;help;session;metadata'= {
        }
        &'storectl;help;session;resolve-logs'= {
        }
        &'storectl;help;session;export'= {
        }
        &'storectl;help;session;import'= {
        }
        &'storectl;help;session;delete'= {
        }
        &'storectl;help;session;flush'= {
        }
        &'storectl;help;session;gc'= {
        }
        &'storectl;help;session;run'= {
        }
        &'storectl;help;export'= {
            cand moin16 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)'
            cand websupport 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)'
        }
        &'storectl;help;export;moin16'= {
        }
        &'storectl;help;export;websupport'= {
        }
        &'storectl;help;migrate'= {
            cand moin16 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)'
            cand verify 'Compare the store with a moin data directory and list every difference (exit 65 if any)'
            cand errbot 'Import an Errbot bot''s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)'
            cand websupport 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)'
        }
        &'storectl;help;migrate;moin16'= {
        }
        &'storectl;help;migrate;verify'= {
        }
        &'storectl;help;migrate;errbot'= {
        }
        &'storectl;help;migrate;websupport'= {
        }
        &'storectl;help;batch'= {
        }
        &'storectl;help;serve'= {
        }
        &'storectl;help;generate-docs'= {
        }
        &'storectl;help;help'= {
        }
    ]
    $completions[$command]
}
