# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_storectl_global_optspecs
    string join \n store= config= format= json color= q/quiet as= moderator h/help V/version
end

function __fish_storectl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_storectl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_storectl_using_subcommand
    set -l cmd (__fish_storectl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c storectl -n "__fish_storectl_needs_command" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_needs_command" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_needs_command" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_needs_command" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_needs_command" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_needs_command" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_needs_command" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_needs_command" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_needs_command" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_needs_command" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "init" -d 'Create the store (if needed) and bring its schema up to date'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "check" -d 'Verify the store: SQLite integrity plus every face\'s invariants (exit 65 on problems)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "backup" -d 'Copy the whole store to a new file while it stays in use'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "stats" -d 'Counts and sizes per face, and storage facts'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "copy" -d 'Copy the whole store into another, empty one: SQLite to PostgreSQL and back'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "config" -d 'Show the resolved settings, or write an example config file'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "namespace" -d 'Namespaced key/value storage (Errbot storage plugins)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "ns" -d 'Namespaced key/value storage (Errbot storage plugins)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "node" -d 'Commentable paragraphs of a documentation build (Sphinx WebSupport nodes)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "comment" -d 'Threaded comments on nodes (Sphinx WebSupport)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "vote" -d 'Vote on a comment: storectl vote CID -1|0|1'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "moderate" -d 'The moderation queue: list, accept, reject'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "rename-user" -d 'Rename a user\'s comments and votes (merging votes NEW already cast)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "feed" -d 'Activity storage and sorted timelines with exact 26-digit ids (Stream Framework)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "item" -d 'Revisioned items with MoinMoin ACLs, edit-log and query (the MoinMoin storage design)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "lock" -d 'Locks on items, sessions, namespaces and feeds, held across commands'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "session" -d 'Triggers workflow sessions: tasks, instances, fire, finish, replay, skip'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "export" -d 'Write the store in the formats of the systems storectl replaces'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "migrate" -d 'Import data from the systems storectl replaces'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "batch" -d 'Run many commands, one JSON line each, in one process and one transaction'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "serve" -d 'Serve requests from a program: NDJSON on stdin or a Unix socket, one response each'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "generate-docs" -d 'Regenerate shell completions and man pages into a directory (for maintainers)'
complete -c storectl -n "__fish_storectl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand init" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand init" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand init" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand init" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand init" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand init" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand init" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand init" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand init" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand init" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand check" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand check" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand check" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand check" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand check" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand check" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand check" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand check" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand check" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand check" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand backup" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand backup" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand backup" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand backup" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand backup" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand backup" -l force -d 'Overwrite DEST if it exists'
complete -c storectl -n "__fish_storectl_using_subcommand backup" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand backup" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand backup" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand backup" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand backup" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand stats" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand stats" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand stats" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand stats" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand stats" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand stats" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand stats" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand stats" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand stats" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand stats" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l to -d 'Store to copy into: sqlite:PATH or a PATH (a new file, or an empty store), or postgres://USER@HOST:PORT/DB (an empty database; password as for --store)' -r
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l batch-size -d 'Rows read from the source and written to the target at a time: what memory holds (the copy is still one transaction); tables of item contents and edit-logs take at most 16 rows at a time' -r
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand copy" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand copy" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand copy" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "show" -d 'Print every resolved setting, where it came from, and its environment variable'
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "init" -d 'Write a commented example config file (default ./storectl.toml; - for stdout)'
complete -c storectl -n "__fish_storectl_using_subcommand config; and not __fish_seen_subcommand_from show init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing file'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print every resolved setting, where it came from, and its environment variable'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented example config file (default ./storectl.toml; - for stdout)'
complete -c storectl -n "__fish_storectl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "list" -d 'List namespaces with their key counts and total value bytes'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "keys" -d 'Print the keys of a namespace, sorted'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "len" -d 'Print the number of keys (0 for a namespace that does not exist)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "get" -d 'Print the JSON value of a key (exit 3 when missing, unless --default)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "set" -d 'Set a key to a JSON value'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "rm" -d 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "dump" -d 'Print the whole namespace as one JSON object (errbot --storage-get)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "replace" -d 'Replace the namespace\'s content with a JSON object, atomically (errbot --storage-set)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "merge" -d 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "create" -d 'Create an empty namespace (listed with 0 keys until dropped)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "drop" -d 'Remove a namespace and all its keys'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "copy" -d 'Copy a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "rename" -d 'Rename a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "export" -d 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "import" -d 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -l prefix -d 'Only keys starting with this prefix' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from keys" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from len" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l default -d 'Print this JSON value instead of failing when the key is missing' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l raw -d 'Write an opaque value\'s bytes exactly (e.g. the pickle, for `python -m pickletools`); a JSON value\'s stored text'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l file -d 'Read the value from FILE (- for stdin)' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l opaque -d 'Store the bytes of --file as an opaque value of type TYPE (e.g. python-pickle)' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l string -d 'Store VALUE (or the file\'s content) as a JSON string, as-is'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l opaque-tags -d 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l ignore-missing -d 'Skip keys that do not exist instead of failing'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l opaque-tags -d 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from replace" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l arrays -d 'What happens when both sides hold an array' -r -f -a "append\t'Concatenate, duplicates kept (errbot)'
replace\t'The new array replaces the old'"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l strategy -d 'How values are combined' -r -f -a "deep\t'Recursive merge at every level'
json-merge-patch\t'RFC 7386 JSON merge patch (null deletes)'"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l opaque-tags -d 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l yes -d 'Confirm; required when stdin is not a terminal'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l force -d 'Replace a destination that already has keys'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l force -d 'Replace a destination that already has keys'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l batch-size -d 'Commit every N records instead of once at the end' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l opaque-tags -d 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "list" -d 'List namespaces with their key counts and total value bytes'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "keys" -d 'Print the keys of a namespace, sorted'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "len" -d 'Print the number of keys (0 for a namespace that does not exist)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the JSON value of a key (exit 3 when missing, unless --default)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key to a JSON value'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Print the whole namespace as one JSON object (errbot --storage-get)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "replace" -d 'Replace the namespace\'s content with a JSON object, atomically (errbot --storage-set)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an empty namespace (listed with 0 keys until dropped)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Remove a namespace and all its keys'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
complete -c storectl -n "__fish_storectl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "list" -d 'List namespaces with their key counts and total value bytes'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "keys" -d 'Print the keys of a namespace, sorted'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "len" -d 'Print the number of keys (0 for a namespace that does not exist)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "get" -d 'Print the JSON value of a key (exit 3 when missing, unless --default)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "set" -d 'Set a key to a JSON value'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "rm" -d 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "dump" -d 'Print the whole namespace as one JSON object (errbot --storage-get)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "replace" -d 'Replace the namespace\'s content with a JSON object, atomically (errbot --storage-set)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "merge" -d 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "create" -d 'Create an empty namespace (listed with 0 keys until dropped)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "drop" -d 'Remove a namespace and all its keys'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "copy" -d 'Copy a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "rename" -d 'Rename a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "export" -d 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "import" -d 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and not __fish_seen_subcommand_from list keys len get set rm dump replace merge create drop copy rename export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -l prefix -d 'Only keys starting with this prefix' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from keys" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from len" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l default -d 'Print this JSON value instead of failing when the key is missing' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l raw -d 'Write an opaque value\'s bytes exactly (e.g. the pickle, for `python -m pickletools`); a JSON value\'s stored text'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l file -d 'Read the value from FILE (- for stdin)' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l opaque -d 'Store the bytes of --file as an opaque value of type TYPE (e.g. python-pickle)' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l string -d 'Store VALUE (or the file\'s content) as a JSON string, as-is'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l opaque-tags -d 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l ignore-missing -d 'Skip keys that do not exist instead of failing'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l opaque-tags -d 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from replace" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l arrays -d 'What happens when both sides hold an array' -r -f -a "append\t'Concatenate, duplicates kept (errbot)'
replace\t'The new array replaces the old'"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l strategy -d 'How values are combined' -r -f -a "deep\t'Recursive merge at every level'
json-merge-patch\t'RFC 7386 JSON merge patch (null deletes)'"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l opaque-tags -d 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l yes -d 'Confirm; required when stdin is not a terminal'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l force -d 'Replace a destination that already has keys'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l force -d 'Replace a destination that already has keys'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l batch-size -d 'Commit every N records instead of once at the end' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l opaque-tags -d 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "list" -d 'List namespaces with their key counts and total value bytes'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "keys" -d 'Print the keys of a namespace, sorted'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "len" -d 'Print the number of keys (0 for a namespace that does not exist)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the JSON value of a key (exit 3 when missing, unless --default)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key to a JSON value'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Print the whole namespace as one JSON object (errbot --storage-get)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "replace" -d 'Replace the namespace\'s content with a JSON object, atomically (errbot --storage-set)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an empty namespace (listed with 0 keys until dropped)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Remove a namespace and all its keys'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
complete -c storectl -n "__fish_storectl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -f -a "add" -d 'Add a node, or a whole build\'s nodes with --from (one transaction)'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -f -a "list" -d 'List nodes (of one document) with their comment counts'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -f -a "show" -d 'Show one node with its source and comment counts'
complete -c storectl -n "__fish_storectl_using_subcommand node; and not __fish_seen_subcommand_from add list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l document -d 'The document the node belongs to (docname, e.g. contents or dir/index)' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l source -d 'The node\'s source text' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l source-file -d 'Read the source text from FILE (- for stdin)' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l from -d 'Read {"id", "document", "source"} records (NDJSON, array or object) from FILE (- for stdin)' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l update -d 'Replace document and source of a node that exists'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l ignore-existing -d 'Skip nodes that exist (a rebuild)'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l document -d 'Only the nodes of this document (an unknown document gives an empty list)' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l ids -d 'Only each node\'s id and document (no counts): which nodes exist, in one cheap read'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a node, or a whole build\'s nodes with --from (one transaction)'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "list" -d 'List nodes (of one document) with their comment counts'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one node with its source and comment counts'
complete -c storectl -n "__fish_storectl_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -f -a "add" -d 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -f -a "list" -d 'Print a node\'s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -f -a "show" -d 'Print one comment'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -f -a "delete" -d 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and not __fish_seen_subcommand_from add list show delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l node -d 'The node to comment on' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l parent -d 'The comment to reply to' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l text -d 'The comment\'s text, stored as given' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l time -d 'When it was written (RFC 3339; default now)' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l proposal -d 'A proposed new source for the node (top-level comments only)' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l from -d 'Read comment records (NDJSON, array or object) from FILE (- for stdin)' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l batch-size -d 'With --from: commit every N records instead of once at the end' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l hidden -d 'Store it hidden, waiting for moderation'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l node -d 'Node id' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l user -d 'The comments this user wrote, flat and oldest first (hidden ones only for moderators)' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l sort -d 'Sibling order (default: oldest first)' -r -f -a "rating\t'Lowest rating first'
-rating\t'Highest rating first'
time\t'Oldest first (by time)'
-time\t'Newest first'"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from help" -f -a "list" -d 'Print a node\'s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print one comment'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator'
complete -c storectl -n "__fish_storectl_using_subcommand comment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -a "cast" -d 'Cast a vote (same as `storectl vote CID VALUE`)'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -a "list" -d 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and not __fish_seen_subcommand_from cast list help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from cast" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l comment -d 'Every vote on this comment' -r
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l user -d 'Every vote of this user' -r
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "cast" -d 'Cast a vote (same as `storectl vote CID VALUE`)'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "list" -d 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own'
complete -c storectl -n "__fish_storectl_using_subcommand vote; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -f -a "list" -d 'Comments waiting for moderation, oldest first (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -f -a "accept" -d 'Make a hidden comment displayed (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -f -a "reject" -d 'Delete a comment with its replies and votes (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and not __fish_seen_subcommand_from list accept reject help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -l document -d 'Only comments on this document\'s nodes' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from help" -f -a "list" -d 'Comments waiting for moderation, oldest first (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Make a hidden comment displayed (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Delete a comment with its replies and votes (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand moderate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand rename-user" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "add" -d 'Store an activity once and add it to every KEY\'s timeline (fan-out), in one transaction'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "add-many" -d 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "slice" -d 'A page of a timeline, newest first: filters, then Python slice bounds'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "count" -d 'Number of entries in a timeline (0 when it does not exist)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "index-of" -d '0-based rank of an id, newest first (exit 3 when absent)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "contains" -d 'Whether a timeline holds an id (prints true or false; exit 0 either way)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "remove" -d 'Remove ids from a timeline (absent ids are ignored)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "trim" -d 'Keep only the LENGTH newest entries (one range delete)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "delete" -d 'Remove a timeline (its activities stay in activity storage)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "keys" -d 'Timelines with their entry counts'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "activity" -d 'The activity storage: get, add, remove'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "aggregated" -d 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "follow" -d 'Copy the newest LIMIT ids of SOURCE into FOLLOWER\'s timeline'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "unfollow" -d 'Remove from FOLLOWER every entry whose activity\'s actor is one of --actor'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "gc" -d 'Remove activities that no timeline references'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "flush" -d 'Remove every timeline and every activity'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and not __fish_seen_subcommand_from add add-many slice count index-of contains remove trim delete keys activity aggregated follow unfollow gc flush help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l actor -d 'The actor (an integer)' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l verb -d 'Verb id (0-999) or name (follow, comment, love, add, or [feeds.verbs])' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l object -d 'The object (0 <= object < 10^10)' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l target -d 'The target (an integer)' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l time -d 'When: RFC 3339 to the microsecond (without an offset: UTC), or epoch milliseconds; default now' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l extra -d 'extra_context: a JSON object' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l from -d 'Read activities from FILE (- for stdin)' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l batch-size -d 'Commit every N records instead of once at the end' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from add-many" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l start -d 'Python slice start on the filtered order (negative counts from the end)' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l stop -d 'Python slice stop (negative counts from the end) [default: 25]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l gt -d 'Only ids greater than ID' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l gte -d 'Only ids greater than or equal to ID' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l lt -d 'Only ids less than ID' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l lte -d 'Only ids less than or equal to ID' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l after -d 'Continue after this id (keyset paging: no OFFSET scan)' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l all -d 'No stop: everything from --start on'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l asc -d 'Oldest first'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l ids-only -d 'Print ids only, not the activities'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from slice" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from count" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from index-of" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from contains" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from trim" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -l prefix -d 'Only keys starting with P' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from keys" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -f -a "get" -d 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -f -a "add" -d 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -f -a "remove" -d 'Remove activities from activity storage (timelines keep their ids: slices show them missing)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -f -a "list" -d 'List activity storage by id, ascending (NDJSON with --format ndjson)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -f -a "flush" -d 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework\'s activity storage flush'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from activity" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "add" -d 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "put" -d 'Write whole groups (Stream Framework\'s add_many_aggregated), replacing a group of the same key'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "slice" -d 'A page of groups, most recently updated first (Python slice bounds)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "count" -d 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "mark" -d 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "remove" -d 'Remove activities from their groups (a group left empty goes), or --group whole groups'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "trim" -d 'Keep only the LENGTH most recently updated groups'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "delete" -d 'Remove an aggregated feed and its groups (a missing one is no error)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from aggregated" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l limit -d 'How many of the newest entries to copy' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from follow" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l actor -d 'Actors to remove (repeatable)' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from unfollow" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from gc" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l yes -d 'Confirm; required when stdin is not a terminal'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from flush" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "add" -d 'Store an activity once and add it to every KEY\'s timeline (fan-out), in one transaction'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "add-many" -d 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "slice" -d 'A page of a timeline, newest first: filters, then Python slice bounds'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "count" -d 'Number of entries in a timeline (0 when it does not exist)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "index-of" -d '0-based rank of an id, newest first (exit 3 when absent)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "contains" -d 'Whether a timeline holds an id (prints true or false; exit 0 either way)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove ids from a timeline (absent ids are ignored)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "trim" -d 'Keep only the LENGTH newest entries (one range delete)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove a timeline (its activities stay in activity storage)'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "keys" -d 'Timelines with their entry counts'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "activity" -d 'The activity storage: get, add, remove'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "aggregated" -d 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "follow" -d 'Copy the newest LIMIT ids of SOURCE into FOLLOWER\'s timeline'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "unfollow" -d 'Remove from FOLLOWER every entry whose activity\'s actor is one of --actor'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "gc" -d 'Remove activities that no timeline references'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "flush" -d 'Remove every timeline and every activity'
complete -c storectl -n "__fish_storectl_using_subcommand feed; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "list" -d 'The query interface: items with their current revision, size, mtime and kind'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "show" -d 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "put" -d 'Store a new revision from FILE or stdin'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "history" -d 'Revisions, newest first'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "log" -d 'The edit-log of one item, or of all items, newest first'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "meta" -d 'Show or change item-level metadata'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "delete" -d 'Mark an item deleted (a revision without data; history stays; put revives it)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "rename" -d 'Rename an item with its history (a page\'s attachments move too)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "copy" -d 'Copy an item with all its revisions (and a page\'s attachments)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "revert" -d 'Store revision N\'s data as a new revision (SAVE/REVERT)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "destroy" -d 'Remove an item and all its history for good (admin right)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "acl" -d 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "can" -d 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "users" -d 'User profiles (a profile makes its name Known to ACLs)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "user" -d 'Add, show or remove a user profile'
complete -c storectl -n "__fish_storectl_using_subcommand item; and not __fish_seen_subcommand_from list show put history log meta delete rename copy revert destroy acl can users user help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l prefix -d 'Only names starting with P' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l kind -d 'Only items of this kind' -r -f -a "page\t''
attachment\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l meta -d 'Only items whose item-level metadata has KEY = VALUE (repeatable)' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l search -d 'Only pages whose current text has every word of TEXT, as whole words, in any order' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l changed-since -d 'Only items changed at or after TIME (RFC 3339)' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l include-deleted -d 'Include deleted items'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l rev -d 'Revision number (default: the current one)' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l meta-only -d 'Metadata only; the data is not read'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l raw -d 'Write the exact bytes of the data to stdout, and nothing else'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l comment -d 'Edit-log comment' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l meta -d 'Extra revision metadata KEY=VALUE (JSON if it parses, else a string; repeatable)' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l mimetype -d 'Mime type (default: from #format for pages, from the extension for attachments)' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l rev-expected -d 'Fail with exit 4, writing nothing, unless the current revision is N (0: a new item)' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l kind -d 'Kind of a new item' -r -f -a "page\t''
attachment\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from put" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l since -d 'Only lines from this time on (RFC 3339)' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l limit -d 'At most N lines' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l set -d 'Set KEY to VALUE (JSON if it parses, else a string)' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l unset -d 'Remove KEY' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from meta" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l comment -d 'Edit-log comment' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l comment -d 'Edit-log comment' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l to -d 'The revision to go back to' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l comment -d 'Edit-log comment' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from revert" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l yes -d 'Confirm; required when stdin is not a terminal'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -l kind -d 'For an item that does not exist yet: the kind it would be created as' -r -f -a "page\t''
attachment\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from acl" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -l kind -d 'For an item that does not exist yet: the kind it would be created as' -r -f -a "page\t''
attachment\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from can" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create a user profile'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show a user profile'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -f -a "rm" -d 'Remove a user profile'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "list" -d 'The query interface: items with their current revision, size, mtime and kind'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "show" -d 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "put" -d 'Store a new revision from FILE or stdin'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "history" -d 'Revisions, newest first'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "log" -d 'The edit-log of one item, or of all items, newest first'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "meta" -d 'Show or change item-level metadata'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Mark an item deleted (a revision without data; history stays; put revives it)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an item with its history (a page\'s attachments move too)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy an item with all its revisions (and a page\'s attachments)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "revert" -d 'Store revision N\'s data as a new revision (SAVE/REVERT)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Remove an item and all its history for good (admin right)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "acl" -d 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "can" -d 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "users" -d 'User profiles (a profile makes its name Known to ACLs)'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "user" -d 'Add, show or remove a user profile'
complete -c storectl -n "__fish_storectl_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -f -a "acquire" -d 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -f -a "release" -d 'Release your lock'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -f -a "list" -d 'Every lock, with its owner and expiry'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -f -a "break" -d 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and not __fish_seen_subcommand_from acquire release list break help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l ttl -d 'How long the lock holds, 0 to 36500d (e.g. 30s, 10m, 2h); default: until released' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l wait -d 'Wait up to DURATION for another owner\'s lock to go, instead of failing at once' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l owner -d 'The owner (default: --as USER); another owner than --as needs an administrator' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from acquire" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l owner -d 'The owner (default: --as USER); another owner than --as needs an administrator' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from release" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l yes -d 'Confirm; required when stdin is not a terminal'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from break" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "acquire" -d 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "release" -d 'Release your lock'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every lock, with its owner and expiry'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "break" -d 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)'
complete -c storectl -n "__fish_storectl_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "list" -d 'Sessions with task, instance and unresolved counts'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "show" -d 'The whole session document'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "configure" -d 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "tasks" -d 'Task configs (--unresolved: without an instance yet, or with an unresolved one)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "instances" -d 'Instances, filtered'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "instance" -d 'One instance'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "create-instance" -d 'A new unstarted instance of TASK'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "clone-instance" -d 'A copy of an instance (next number, unstarted, metadata {depth, parent})'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "fire" -d 'Fire a trigger: create and apply to instances, abandon, schedule what became ready'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "status" -d 'Set any status; optionally merge metadata and cascade (fire the task\'s name)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "finish" -d 'Finish an instance with a result, then cascade (fire the task\'s name with it)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "fail" -d 'Mark an instance failed'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "replay" -d 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "skip" -d 'Skip a failed instance; --cascade fires the task\'s name with --result'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "metadata" -d 'Merge metadata into an instance (shallow)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "resolve-logs" -d 'Mark an instance\'s logs as looked at'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "export" -d 'The session document {tasks, instances, metas} (the seed\'s stored shape, plus uid)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "import" -d 'Store a session document (every instance\'s task must exist; nothing is stored otherwise)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "delete" -d 'Delete a session'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "flush" -d 'Delete every session (a session another owner has locked refuses it: exit 75)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "gc" -d 'Delete sessions not modified for DURATION (e.g. 7d)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "run" -d 'Run scheduled instances with CMD until nothing is scheduled (a local runner)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and not __fish_seen_subcommand_from list show configure tasks instances instance create-instance clone-instance fire status finish fail replay skip metadata resolve-logs export import delete flush gc run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from configure" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -l unresolved
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from tasks" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l task -d 'Only this task\'s' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l status -d 'Only this status' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l unresolved -d 'Only unresolved ones (not finished, abandoned, skipped or replayed)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l unresolved-logs -d 'Only those whose logs need attention'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instances" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from instance" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l kwargs -d 'The instance\'s kwargs: {trigger: kwargs}' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from create-instance" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from clone-instance" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l kwargs -d 'The trigger\'s kwargs (a JSON object; default {})' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fire" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l metadata -d 'Metadata to merge (a JSON object)' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l result -d 'The cascade\'s kwargs (default {})' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l cascade -d 'Fire the task\'s name with --result'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l result -d 'The result (JSON; default {})' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from finish" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l error -d 'The error message' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l log-level -d 'Log level (40 = error: listed by --unresolved-logs)' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from fail" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l kwargs -d 'Replace the clone\'s kwargs wholesale ({} = none)' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l result -d 'The cascade\'s kwargs (default {})' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l cascade
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from skip" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from metadata" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from resolve-logs" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l uid -d 'The uid to store it under (default: the document\'s "uid")' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l replace -d 'Replace a session that exists'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l yes -d 'Confirm; required when stdin is not a terminal'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l yes -d 'Confirm; required when stdin is not a terminal'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from flush" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l idle -d 'Idle time, 0 to 36500d (100 years), e.g. 300s, 12h, 7d' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from gc" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l command -d 'The command to run for each scheduled instance' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l max-runs -d 'Stop after N runs (guards against workflows that never settle): the runs made are printed, with "stopped_at_max_runs": true, and the exit is 4' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l reclaim-after -d 'Take over a running instance whose claim its runner last renewed longer ago than DURATION (e.g. 1m): a runner that died. Runners renew their claims every 10 s while CMD runs, so 30s or more takes over only from dead or hung runners [default: never]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'Sessions with task, instance and unresolved counts'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "show" -d 'The whole session document'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "configure" -d 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "tasks" -d 'Task configs (--unresolved: without an instance yet, or with an unresolved one)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "instances" -d 'Instances, filtered'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "instance" -d 'One instance'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "create-instance" -d 'A new unstarted instance of TASK'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "clone-instance" -d 'A copy of an instance (next number, unstarted, metadata {depth, parent})'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "fire" -d 'Fire a trigger: create and apply to instances, abandon, schedule what became ready'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "status" -d 'Set any status; optionally merge metadata and cascade (fire the task\'s name)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "finish" -d 'Finish an instance with a result, then cascade (fire the task\'s name with it)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "fail" -d 'Mark an instance failed'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "skip" -d 'Skip a failed instance; --cascade fires the task\'s name with --result'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "metadata" -d 'Merge metadata into an instance (shallow)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "resolve-logs" -d 'Mark an instance\'s logs as looked at'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "export" -d 'The session document {tasks, instances, metas} (the seed\'s stored shape, plus uid)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "import" -d 'Store a session document (every instance\'s task must exist; nothing is stored otherwise)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a session'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "flush" -d 'Delete every session (a session another owner has locked refuses it: exit 75)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "gc" -d 'Delete sessions not modified for DURATION (e.g. 7d)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run scheduled instances with CMD until nothing is scheduled (a local runner)'
complete -c storectl -n "__fish_storectl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -f -a "moin16" -d 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)'
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -f -a "websupport" -d 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)'
complete -c storectl -n "__fish_storectl_using_subcommand export; and not __fish_seen_subcommand_from moin16 websupport help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from moin16" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l prefix -d 'Table name prefix (WebSupport\'s db_prefix): letters, digits and _' -r
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l force -d 'Replace OUT if it is an existing file (it is replaced only once the new one is complete)'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from websupport" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "moin16" -d 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "websupport" -d 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)'
complete -c storectl -n "__fish_storectl_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -f -a "moin16" -d 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -f -a "verify" -d 'Compare the store with a moin data directory and list every difference (exit 65 if any)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -f -a "errbot" -d 'Import an Errbot bot\'s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -f -a "websupport" -d 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and not __fish_seen_subcommand_from moin16 verify errbot websupport help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l underlay -d 'An underlay directory: its pages are imported where the data dir has none' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l users -d 'Also import the user profiles of data/user'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l resume -d 'Continue an interrupted migration (every run does: what is stored is not imported again)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from moin16" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l users -d 'Also compare the user profiles'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from errbot" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l prefix -d 'Table name prefix (WebSupport\'s db_prefix)' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from websupport" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "moin16" -d 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Compare the store with a moin data directory and list every difference (exit 65 if any)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "errbot" -d 'Import an Errbot bot\'s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "websupport" -d 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)'
complete -c storectl -n "__fish_storectl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l batch-size -d 'Commit every N commands instead of once at the end' -r
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l dry-run -d 'Do everything and report what would change, then roll back: nothing is written'
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand batch" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand batch" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand batch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand batch" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand serve" -l socket -d 'Listen on a Unix socket at PATH (created with mode 0600, removed on exit) for many clients at once, instead of serving stdin; an existing file that is not a socket is refused. "storectl serve: listening on PATH" on stderr says clients may connect' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand serve" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand serve" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand serve" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand serve" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand serve" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand serve" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand serve" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand serve" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c storectl -n "__fish_storectl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -l store -d 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]' -r
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -l config -d 'Config file to read instead of searching for one [env: STORECTL_CONFIG]' -r -F
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -l format -d 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]' -r -f -a "table\t''
json\t''
ndjson\t''
tsv\t''"
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -l color -d 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -l as -d 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]' -r
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -l json -d 'Short for --format json'
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -s q -l quiet -d 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -l moderator -d 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]'
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -s h -l help -d 'Print help'
complete -c storectl -n "__fish_storectl_using_subcommand generate-docs" -s V -l version -d 'Print version'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "init" -d 'Create the store (if needed) and bring its schema up to date'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "check" -d 'Verify the store: SQLite integrity plus every face\'s invariants (exit 65 on problems)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "backup" -d 'Copy the whole store to a new file while it stays in use'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "stats" -d 'Counts and sizes per face, and storage facts'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "copy" -d 'Copy the whole store into another, empty one: SQLite to PostgreSQL and back'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "config" -d 'Show the resolved settings, or write an example config file'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "namespace" -d 'Namespaced key/value storage (Errbot storage plugins)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "node" -d 'Commentable paragraphs of a documentation build (Sphinx WebSupport nodes)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "comment" -d 'Threaded comments on nodes (Sphinx WebSupport)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "vote" -d 'Vote on a comment: storectl vote CID -1|0|1'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "moderate" -d 'The moderation queue: list, accept, reject'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "rename-user" -d 'Rename a user\'s comments and votes (merging votes NEW already cast)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "feed" -d 'Activity storage and sorted timelines with exact 26-digit ids (Stream Framework)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "item" -d 'Revisioned items with MoinMoin ACLs, edit-log and query (the MoinMoin storage design)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "lock" -d 'Locks on items, sessions, namespaces and feeds, held across commands'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "session" -d 'Triggers workflow sessions: tasks, instances, fire, finish, replay, skip'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "export" -d 'Write the store in the formats of the systems storectl replaces'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "migrate" -d 'Import data from the systems storectl replaces'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "batch" -d 'Run many commands, one JSON line each, in one process and one transaction'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "serve" -d 'Serve requests from a program: NDJSON on stdin or a Unix socket, one response each'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "generate-docs" -d 'Regenerate shell completions and man pages into a directory (for maintainers)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and not __fish_seen_subcommand_from init check backup stats copy config namespace node comment vote moderate rename-user feed item lock session export migrate batch serve generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print every resolved setting, where it came from, and its environment variable'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented example config file (default ./storectl.toml; - for stdout)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "list" -d 'List namespaces with their key counts and total value bytes'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "keys" -d 'Print the keys of a namespace, sorted'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "len" -d 'Print the number of keys (0 for a namespace that does not exist)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "get" -d 'Print the JSON value of a key (exit 3 when missing, unless --default)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "set" -d 'Set a key to a JSON value'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "rm" -d 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "dump" -d 'Print the whole namespace as one JSON object (errbot --storage-get)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "replace" -d 'Replace the namespace\'s content with a JSON object, atomically (errbot --storage-set)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "merge" -d 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "create" -d 'Create an empty namespace (listed with 0 keys until dropped)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "drop" -d 'Remove a namespace and all its keys'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "copy" -d 'Copy a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "rename" -d 'Rename a whole namespace (refuses a non-empty destination without --force)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "export" -d 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "import" -d 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "add" -d 'Add a node, or a whole build\'s nodes with --from (one transaction)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "list" -d 'List nodes (of one document) with their comment counts'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "show" -d 'Show one node with its source and comment counts'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from comment" -f -a "add" -d 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from comment" -f -a "list" -d 'Print a node\'s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from comment" -f -a "show" -d 'Print one comment'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from comment" -f -a "delete" -d 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "cast" -d 'Cast a vote (same as `storectl vote CID VALUE`)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from vote" -f -a "list" -d 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from moderate" -f -a "list" -d 'Comments waiting for moderation, oldest first (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from moderate" -f -a "accept" -d 'Make a hidden comment displayed (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from moderate" -f -a "reject" -d 'Delete a comment with its replies and votes (moderators only)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "add" -d 'Store an activity once and add it to every KEY\'s timeline (fan-out), in one transaction'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "add-many" -d 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "slice" -d 'A page of a timeline, newest first: filters, then Python slice bounds'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "count" -d 'Number of entries in a timeline (0 when it does not exist)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "index-of" -d '0-based rank of an id, newest first (exit 3 when absent)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "contains" -d 'Whether a timeline holds an id (prints true or false; exit 0 either way)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "remove" -d 'Remove ids from a timeline (absent ids are ignored)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "trim" -d 'Keep only the LENGTH newest entries (one range delete)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "delete" -d 'Remove a timeline (its activities stay in activity storage)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "keys" -d 'Timelines with their entry counts'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "activity" -d 'The activity storage: get, add, remove'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "aggregated" -d 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "follow" -d 'Copy the newest LIMIT ids of SOURCE into FOLLOWER\'s timeline'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "unfollow" -d 'Remove from FOLLOWER every entry whose activity\'s actor is one of --actor'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "gc" -d 'Remove activities that no timeline references'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from feed" -f -a "flush" -d 'Remove every timeline and every activity'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "list" -d 'The query interface: items with their current revision, size, mtime and kind'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "show" -d 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "put" -d 'Store a new revision from FILE or stdin'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "history" -d 'Revisions, newest first'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "log" -d 'The edit-log of one item, or of all items, newest first'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "meta" -d 'Show or change item-level metadata'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "delete" -d 'Mark an item deleted (a revision without data; history stays; put revives it)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "rename" -d 'Rename an item with its history (a page\'s attachments move too)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "copy" -d 'Copy an item with all its revisions (and a page\'s attachments)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "revert" -d 'Store revision N\'s data as a new revision (SAVE/REVERT)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "destroy" -d 'Remove an item and all its history for good (admin right)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "acl" -d 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "can" -d 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "users" -d 'User profiles (a profile makes its name Known to ACLs)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "user" -d 'Add, show or remove a user profile'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "acquire" -d 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "release" -d 'Release your lock'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "list" -d 'Every lock, with its owner and expiry'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "break" -d 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'Sessions with task, instance and unresolved counts'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "show" -d 'The whole session document'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "configure" -d 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "tasks" -d 'Task configs (--unresolved: without an instance yet, or with an unresolved one)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "instances" -d 'Instances, filtered'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "instance" -d 'One instance'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "create-instance" -d 'A new unstarted instance of TASK'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "clone-instance" -d 'A copy of an instance (next number, unstarted, metadata {depth, parent})'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "fire" -d 'Fire a trigger: create and apply to instances, abandon, schedule what became ready'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "status" -d 'Set any status; optionally merge metadata and cascade (fire the task\'s name)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "finish" -d 'Finish an instance with a result, then cascade (fire the task\'s name with it)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "fail" -d 'Mark an instance failed'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "replay" -d 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "skip" -d 'Skip a failed instance; --cascade fires the task\'s name with --result'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "metadata" -d 'Merge metadata into an instance (shallow)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "resolve-logs" -d 'Mark an instance\'s logs as looked at'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "export" -d 'The session document {tasks, instances, metas} (the seed\'s stored shape, plus uid)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "import" -d 'Store a session document (every instance\'s task must exist; nothing is stored otherwise)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "delete" -d 'Delete a session'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "flush" -d 'Delete every session (a session another owner has locked refuses it: exit 75)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "gc" -d 'Delete sessions not modified for DURATION (e.g. 7d)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "run" -d 'Run scheduled instances with CMD until nothing is scheduled (a local runner)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "moin16" -d 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "websupport" -d 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "moin16" -d 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "verify" -d 'Compare the store with a moin data directory and list every difference (exit 65 if any)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "errbot" -d 'Import an Errbot bot\'s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)'
complete -c storectl -n "__fish_storectl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "websupport" -d 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)'
