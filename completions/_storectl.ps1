
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'storectl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'storectl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'storectl' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store (if needed) and bring its schema up to date')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the store: SQLite integrity plus every face''s invariants (exit 65 on problems)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole store to a new file while it stays in use')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts and sizes per face, and storage facts')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole store into another, empty one: SQLite to PostgreSQL and back')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the resolved settings, or write an example config file')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Namespaced key/value storage (Errbot storage plugins)')
            [CompletionResult]::new('ns', 'ns', [CompletionResultType]::ParameterValue, 'Namespaced key/value storage (Errbot storage plugins)')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Commentable paragraphs of a documentation build (Sphinx WebSupport nodes)')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Threaded comments on nodes (Sphinx WebSupport)')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Vote on a comment: storectl vote CID -1|0|1')
            [CompletionResult]::new('moderate', 'moderate', [CompletionResultType]::ParameterValue, 'The moderation queue: list, accept, reject')
            [CompletionResult]::new('rename-user', 'rename-user', [CompletionResultType]::ParameterValue, 'Rename a user''s comments and votes (merging votes NEW already cast)')
            [CompletionResult]::new('feed', 'feed', [CompletionResultType]::ParameterValue, 'Activity storage and sorted timelines with exact 26-digit ids (Stream Framework)')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'Revisioned items with MoinMoin ACLs, edit-log and query (the MoinMoin storage design)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Locks on items, sessions, namespaces and feeds, held across commands')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Triggers workflow sessions: tasks, instances, fire, finish, replay, skip')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the store in the formats of the systems storectl replaces')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Import data from the systems storectl replaces')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Run many commands, one JSON line each, in one process and one transaction')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve requests from a program: NDJSON on stdin or a Unix socket, one response each')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Regenerate shell completions and man pages into a directory (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;init' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;check' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;backup' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite DEST if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;stats' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;copy' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Store to copy into: sqlite:PATH or a PATH (a new file, or an empty store), or postgres://USER@HOST:PORT/DB (an empty database; password as for --store)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows read from the source and written to the target at a time: what memory holds (the copy is still one transaction); tables of item contents and edit-logs take at most 16 rows at a time')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;config' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every resolved setting, where it came from, and its environment variable')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented example config file (default ./storectl.toml; - for stdout)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;config;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;config;init' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every resolved setting, where it came from, and its environment variable')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented example config file (default ./storectl.toml; - for stdout)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;config;help;show' {
            break
        }
        'storectl;config;help;init' {
            break
        }
        'storectl;config;help;help' {
            break
        }
        'storectl;namespace' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their key counts and total value bytes')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the keys of a namespace, sorted')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Print the number of keys (0 for a namespace that does not exist)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the JSON value of a key (exit 3 when missing, unless --default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key to a JSON value')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print the whole namespace as one JSON object (errbot --storage-get)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an empty namespace (listed with 0 keys until dropped)')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Remove a namespace and all its keys')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;ns' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their key counts and total value bytes')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the keys of a namespace, sorted')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Print the number of keys (0 for a namespace that does not exist)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the JSON value of a key (exit 3 when missing, unless --default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key to a JSON value')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print the whole namespace as one JSON object (errbot --storage-get)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an empty namespace (listed with 0 keys until dropped)')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Remove a namespace and all its keys')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;namespace;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;keys' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only keys starting with this prefix')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;keys' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only keys starting with this prefix')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;len' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;len' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;get' {
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Print this JSON value instead of failing when the key is missing')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Write an opaque value''s bytes exactly (e.g. the pickle, for `python -m pickletools`); a JSON value''s stored text')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;get' {
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Print this JSON value instead of failing when the key is missing')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Write an opaque value''s bytes exactly (e.g. the pickle, for `python -m pickletools`); a JSON value''s stored text')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;set' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the value from FILE (- for stdin)')
            [CompletionResult]::new('--opaque', '--opaque', [CompletionResultType]::ParameterName, 'Store the bytes of --file as an opaque value of type TYPE (e.g. python-pickle)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--string', '--string', [CompletionResultType]::ParameterName, 'Store VALUE (or the file''s content) as a JSON string, as-is')
            [CompletionResult]::new('--opaque-tags', '--opaque-tags', [CompletionResultType]::ParameterName, 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;set' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the value from FILE (- for stdin)')
            [CompletionResult]::new('--opaque', '--opaque', [CompletionResultType]::ParameterName, 'Store the bytes of --file as an opaque value of type TYPE (e.g. python-pickle)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--string', '--string', [CompletionResultType]::ParameterName, 'Store VALUE (or the file''s content) as a JSON string, as-is')
            [CompletionResult]::new('--opaque-tags', '--opaque-tags', [CompletionResultType]::ParameterName, 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;rm' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'Skip keys that do not exist instead of failing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;rm' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'Skip keys that do not exist instead of failing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;dump' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;dump' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;replace' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--opaque-tags', '--opaque-tags', [CompletionResultType]::ParameterName, 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;replace' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--opaque-tags', '--opaque-tags', [CompletionResultType]::ParameterName, 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;merge' {
            [CompletionResult]::new('--arrays', '--arrays', [CompletionResultType]::ParameterName, 'What happens when both sides hold an array')
            [CompletionResult]::new('--strategy', '--strategy', [CompletionResultType]::ParameterName, 'How values are combined')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--opaque-tags', '--opaque-tags', [CompletionResultType]::ParameterName, 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;merge' {
            [CompletionResult]::new('--arrays', '--arrays', [CompletionResultType]::ParameterName, 'What happens when both sides hold an array')
            [CompletionResult]::new('--strategy', '--strategy', [CompletionResultType]::ParameterName, 'How values are combined')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--opaque-tags', '--opaque-tags', [CompletionResultType]::ParameterName, 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;create' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;create' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;drop' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm; required when stdin is not a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;drop' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm; required when stdin is not a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;copy' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a destination that already has keys')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;copy' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a destination that already has keys')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;rename' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a destination that already has keys')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;rename' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a destination that already has keys')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;export' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;export' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;import' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Commit every N records instead of once at the end')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--opaque-tags', '--opaque-tags', [CompletionResultType]::ParameterName, 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;ns;import' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Commit every N records instead of once at the end')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--opaque-tags', '--opaque-tags', [CompletionResultType]::ParameterName, 'Read values of the form {"$opaque": {"type": T, "base64": B}} as opaque values (as get, dump and export print them); without it such a value is refused (exit 65)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;namespace;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their key counts and total value bytes')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the keys of a namespace, sorted')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Print the number of keys (0 for a namespace that does not exist)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the JSON value of a key (exit 3 when missing, unless --default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key to a JSON value')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print the whole namespace as one JSON object (errbot --storage-get)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an empty namespace (listed with 0 keys until dropped)')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Remove a namespace and all its keys')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;namespace;help;list' {
            break
        }
        'storectl;namespace;help;keys' {
            break
        }
        'storectl;namespace;help;len' {
            break
        }
        'storectl;namespace;help;get' {
            break
        }
        'storectl;namespace;help;set' {
            break
        }
        'storectl;namespace;help;rm' {
            break
        }
        'storectl;namespace;help;dump' {
            break
        }
        'storectl;namespace;help;replace' {
            break
        }
        'storectl;namespace;help;merge' {
            break
        }
        'storectl;namespace;help;create' {
            break
        }
        'storectl;namespace;help;drop' {
            break
        }
        'storectl;namespace;help;copy' {
            break
        }
        'storectl;namespace;help;rename' {
            break
        }
        'storectl;namespace;help;export' {
            break
        }
        'storectl;namespace;help;import' {
            break
        }
        'storectl;namespace;help;help' {
            break
        }
        'storectl;ns;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their key counts and total value bytes')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the keys of a namespace, sorted')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Print the number of keys (0 for a namespace that does not exist)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the JSON value of a key (exit 3 when missing, unless --default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key to a JSON value')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print the whole namespace as one JSON object (errbot --storage-get)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an empty namespace (listed with 0 keys until dropped)')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Remove a namespace and all its keys')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;ns;help;list' {
            break
        }
        'storectl;ns;help;keys' {
            break
        }
        'storectl;ns;help;len' {
            break
        }
        'storectl;ns;help;get' {
            break
        }
        'storectl;ns;help;set' {
            break
        }
        'storectl;ns;help;rm' {
            break
        }
        'storectl;ns;help;dump' {
            break
        }
        'storectl;ns;help;replace' {
            break
        }
        'storectl;ns;help;merge' {
            break
        }
        'storectl;ns;help;create' {
            break
        }
        'storectl;ns;help;drop' {
            break
        }
        'storectl;ns;help;copy' {
            break
        }
        'storectl;ns;help;rename' {
            break
        }
        'storectl;ns;help;export' {
            break
        }
        'storectl;ns;help;import' {
            break
        }
        'storectl;ns;help;help' {
            break
        }
        'storectl;node' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a node, or a whole build''s nodes with --from (one transaction)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes (of one document) with their comment counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one node with its source and comment counts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;node;add' {
            [CompletionResult]::new('--document', '--document', [CompletionResultType]::ParameterName, 'The document the node belongs to (docname, e.g. contents or dir/index)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The node''s source text')
            [CompletionResult]::new('--source-file', '--source-file', [CompletionResultType]::ParameterName, 'Read the source text from FILE (- for stdin)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read {"id", "document", "source"} records (NDJSON, array or object) from FILE (- for stdin)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Replace document and source of a node that exists')
            [CompletionResult]::new('--ignore-existing', '--ignore-existing', [CompletionResultType]::ParameterName, 'Skip nodes that exist (a rebuild)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;node;list' {
            [CompletionResult]::new('--document', '--document', [CompletionResultType]::ParameterName, 'Only the nodes of this document (an unknown document gives an empty list)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'Only each node''s id and document (no counts): which nodes exist, in one cheap read')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;node;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;node;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a node, or a whole build''s nodes with --from (one transaction)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes (of one document) with their comment counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one node with its source and comment counts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;node;help;add' {
            break
        }
        'storectl;node;help;list' {
            break
        }
        'storectl;node;help;show' {
            break
        }
        'storectl;node;help;help' {
            break
        }
        'storectl;comment' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a node''s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one comment')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;comment;add' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'The node to comment on')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The comment to reply to')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The comment''s text, stored as given')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'When it was written (RFC 3339; default now)')
            [CompletionResult]::new('--proposal', '--proposal', [CompletionResultType]::ParameterName, 'A proposed new source for the node (top-level comments only)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read comment records (NDJSON, array or object) from FILE (- for stdin)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'With --from: commit every N records instead of once at the end')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--hidden', '--hidden', [CompletionResultType]::ParameterName, 'Store it hidden, waiting for moderation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;comment;list' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Node id')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The comments this user wrote, flat and oldest first (hidden ones only for moderators)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sibling order (default: oldest first)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;comment;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;comment;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;comment;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a node''s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one comment')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;comment;help;add' {
            break
        }
        'storectl;comment;help;list' {
            break
        }
        'storectl;comment;help;show' {
            break
        }
        'storectl;comment;help;delete' {
            break
        }
        'storectl;comment;help;help' {
            break
        }
        'storectl;vote' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a vote (same as `storectl vote CID VALUE`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;vote;cast' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;vote;list' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Every vote on this comment')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Every vote of this user')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;vote;help' {
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a vote (same as `storectl vote CID VALUE`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;vote;help;cast' {
            break
        }
        'storectl;vote;help;list' {
            break
        }
        'storectl;vote;help;help' {
            break
        }
        'storectl;moderate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Comments waiting for moderation, oldest first (moderators only)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Make a hidden comment displayed (moderators only)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Delete a comment with its replies and votes (moderators only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;moderate;list' {
            [CompletionResult]::new('--document', '--document', [CompletionResultType]::ParameterName, 'Only comments on this document''s nodes')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;moderate;accept' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;moderate;reject' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;moderate;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Comments waiting for moderation, oldest first (moderators only)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Make a hidden comment displayed (moderators only)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Delete a comment with its replies and votes (moderators only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;moderate;help;list' {
            break
        }
        'storectl;moderate;help;accept' {
            break
        }
        'storectl;moderate;help;reject' {
            break
        }
        'storectl;moderate;help;help' {
            break
        }
        'storectl;rename-user' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store an activity once and add it to every KEY''s timeline (fan-out), in one transaction')
            [CompletionResult]::new('add-many', 'add-many', [CompletionResultType]::ParameterValue, 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY')
            [CompletionResult]::new('slice', 'slice', [CompletionResultType]::ParameterValue, 'A page of a timeline, newest first: filters, then Python slice bounds')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Number of entries in a timeline (0 when it does not exist)')
            [CompletionResult]::new('index-of', 'index-of', [CompletionResultType]::ParameterValue, '0-based rank of an id, newest first (exit 3 when absent)')
            [CompletionResult]::new('contains', 'contains', [CompletionResultType]::ParameterValue, 'Whether a timeline holds an id (prints true or false; exit 0 either way)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove ids from a timeline (absent ids are ignored)')
            [CompletionResult]::new('trim', 'trim', [CompletionResultType]::ParameterValue, 'Keep only the LENGTH newest entries (one range delete)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a timeline (its activities stay in activity storage)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Timelines with their entry counts')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'The activity storage: get, add, remove')
            [CompletionResult]::new('aggregated', 'aggregated', [CompletionResultType]::ParameterValue, 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Copy the newest LIMIT ids of SOURCE into FOLLOWER''s timeline')
            [CompletionResult]::new('unfollow', 'unfollow', [CompletionResultType]::ParameterValue, 'Remove from FOLLOWER every entry whose activity''s actor is one of --actor')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Remove activities that no timeline references')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Remove every timeline and every activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;feed;add' {
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'The actor (an integer)')
            [CompletionResult]::new('--verb', '--verb', [CompletionResultType]::ParameterName, 'Verb id (0-999) or name (follow, comment, love, add, or [feeds.verbs])')
            [CompletionResult]::new('--object', '--object', [CompletionResultType]::ParameterName, 'The object (0 <= object < 10^10)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The target (an integer)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'When: RFC 3339 to the microsecond (without an offset: UTC), or epoch milliseconds; default now')
            [CompletionResult]::new('--extra', '--extra', [CompletionResultType]::ParameterName, 'extra_context: a JSON object')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;add-many' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read activities from FILE (- for stdin)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Commit every N records instead of once at the end')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;slice' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Python slice start on the filtered order (negative counts from the end)')
            [CompletionResult]::new('--stop', '--stop', [CompletionResultType]::ParameterName, 'Python slice stop (negative counts from the end) [default: 25]')
            [CompletionResult]::new('--gt', '--gt', [CompletionResultType]::ParameterName, 'Only ids greater than ID')
            [CompletionResult]::new('--gte', '--gte', [CompletionResultType]::ParameterName, 'Only ids greater than or equal to ID')
            [CompletionResult]::new('--lt', '--lt', [CompletionResultType]::ParameterName, 'Only ids less than ID')
            [CompletionResult]::new('--lte', '--lte', [CompletionResultType]::ParameterName, 'Only ids less than or equal to ID')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Continue after this id (keyset paging: no OFFSET scan)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'No stop: everything from --start on')
            [CompletionResult]::new('--asc', '--asc', [CompletionResultType]::ParameterName, 'Oldest first')
            [CompletionResult]::new('--ids-only', '--ids-only', [CompletionResultType]::ParameterName, 'Print ids only, not the activities')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;count' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;index-of' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;contains' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;remove' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;trim' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;keys' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only keys starting with P')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;activity' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove activities from activity storage (timelines keep their ids: slices show them missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List activity storage by id, ascending (NDJSON with --format ndjson)')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework''s activity storage flush')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;feed;activity;get' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;activity;add' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Commit every N records instead of once at the end')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;activity;remove' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;activity;list' {
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this id (keyset paging)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N activities')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;activity;flush' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm; required when stdin is not a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;activity;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove activities from activity storage (timelines keep their ids: slices show them missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List activity storage by id, ascending (NDJSON with --format ndjson)')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework''s activity storage flush')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;feed;activity;help;get' {
            break
        }
        'storectl;feed;activity;help;add' {
            break
        }
        'storectl;feed;activity;help;remove' {
            break
        }
        'storectl;feed;activity;help;list' {
            break
        }
        'storectl;feed;activity;help;flush' {
            break
        }
        'storectl;feed;activity;help;help' {
            break
        }
        'storectl;feed;aggregated' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write whole groups (Stream Framework''s add_many_aggregated), replacing a group of the same key')
            [CompletionResult]::new('slice', 'slice', [CompletionResultType]::ParameterValue, 'A page of groups, most recently updated first (Python slice bounds)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove activities from their groups (a group left empty goes), or --group whole groups')
            [CompletionResult]::new('trim', 'trim', [CompletionResultType]::ParameterValue, 'Keep only the LENGTH most recently updated groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an aggregated feed and its groups (a missing one is no error)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;feed;aggregated;add' {
            [CompletionResult]::new('--aggregator', '--aggregator', [CompletionResultType]::ParameterName, 'Aggregator of a new feed: recent_verb or notification [default: [feeds] aggregator]')
            [CompletionResult]::new('--max-length', '--max-length', [CompletionResultType]::ParameterName, 'Groups the feed keeps [default: [feeds] aggregated_max_length, 100]')
            [CompletionResult]::new('--max-activities', '--max-activities', [CompletionResultType]::ParameterName, 'Activities a group keeps [default: [feeds] max_aggregated_activities_length, 15]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;aggregated;put' {
            [CompletionResult]::new('--aggregator', '--aggregator', [CompletionResultType]::ParameterName, 'Aggregator of a new feed: recent_verb or notification [default: [feeds] aggregator]')
            [CompletionResult]::new('--max-length', '--max-length', [CompletionResultType]::ParameterName, 'Groups the feed keeps [default: [feeds] aggregated_max_length, 100]')
            [CompletionResult]::new('--max-activities', '--max-activities', [CompletionResultType]::ParameterName, 'Activities a group keeps [default: [feeds] max_aggregated_activities_length, 15]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;aggregated;slice' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Python slice start (negative counts from the end)')
            [CompletionResult]::new('--stop', '--stop', [CompletionResultType]::ParameterName, 'Python slice stop (negative counts from the end) [default: 25]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'No stop: every group from --start on')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;aggregated;count' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;aggregated;mark' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every group of the feed')
            [CompletionResult]::new('--seen', '--seen', [CompletionResultType]::ParameterName, 'Mark seen (the default when no mark is given)')
            [CompletionResult]::new('--read', '--read', [CompletionResultType]::ParameterName, 'Mark read')
            [CompletionResult]::new('--unseen', '--unseen', [CompletionResultType]::ParameterName, 'Mark unseen again')
            [CompletionResult]::new('--unread', '--unread', [CompletionResultType]::ParameterName, 'Mark unread again')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;aggregated;remove' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The arguments are group keys: remove those groups whole')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;aggregated;trim' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;aggregated;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;aggregated;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write whole groups (Stream Framework''s add_many_aggregated), replacing a group of the same key')
            [CompletionResult]::new('slice', 'slice', [CompletionResultType]::ParameterValue, 'A page of groups, most recently updated first (Python slice bounds)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove activities from their groups (a group left empty goes), or --group whole groups')
            [CompletionResult]::new('trim', 'trim', [CompletionResultType]::ParameterValue, 'Keep only the LENGTH most recently updated groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an aggregated feed and its groups (a missing one is no error)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;feed;aggregated;help;add' {
            break
        }
        'storectl;feed;aggregated;help;put' {
            break
        }
        'storectl;feed;aggregated;help;slice' {
            break
        }
        'storectl;feed;aggregated;help;count' {
            break
        }
        'storectl;feed;aggregated;help;mark' {
            break
        }
        'storectl;feed;aggregated;help;remove' {
            break
        }
        'storectl;feed;aggregated;help;trim' {
            break
        }
        'storectl;feed;aggregated;help;delete' {
            break
        }
        'storectl;feed;aggregated;help;help' {
            break
        }
        'storectl;feed;follow' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many of the newest entries to copy')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;unfollow' {
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Actors to remove (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;gc' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;flush' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm; required when stdin is not a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;feed;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store an activity once and add it to every KEY''s timeline (fan-out), in one transaction')
            [CompletionResult]::new('add-many', 'add-many', [CompletionResultType]::ParameterValue, 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY')
            [CompletionResult]::new('slice', 'slice', [CompletionResultType]::ParameterValue, 'A page of a timeline, newest first: filters, then Python slice bounds')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Number of entries in a timeline (0 when it does not exist)')
            [CompletionResult]::new('index-of', 'index-of', [CompletionResultType]::ParameterValue, '0-based rank of an id, newest first (exit 3 when absent)')
            [CompletionResult]::new('contains', 'contains', [CompletionResultType]::ParameterValue, 'Whether a timeline holds an id (prints true or false; exit 0 either way)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove ids from a timeline (absent ids are ignored)')
            [CompletionResult]::new('trim', 'trim', [CompletionResultType]::ParameterValue, 'Keep only the LENGTH newest entries (one range delete)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a timeline (its activities stay in activity storage)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Timelines with their entry counts')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'The activity storage: get, add, remove')
            [CompletionResult]::new('aggregated', 'aggregated', [CompletionResultType]::ParameterValue, 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Copy the newest LIMIT ids of SOURCE into FOLLOWER''s timeline')
            [CompletionResult]::new('unfollow', 'unfollow', [CompletionResultType]::ParameterValue, 'Remove from FOLLOWER every entry whose activity''s actor is one of --actor')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Remove activities that no timeline references')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Remove every timeline and every activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;feed;help;add' {
            break
        }
        'storectl;feed;help;add-many' {
            break
        }
        'storectl;feed;help;slice' {
            break
        }
        'storectl;feed;help;count' {
            break
        }
        'storectl;feed;help;index-of' {
            break
        }
        'storectl;feed;help;contains' {
            break
        }
        'storectl;feed;help;remove' {
            break
        }
        'storectl;feed;help;trim' {
            break
        }
        'storectl;feed;help;delete' {
            break
        }
        'storectl;feed;help;keys' {
            break
        }
        'storectl;feed;help;activity' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove activities from activity storage (timelines keep their ids: slices show them missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List activity storage by id, ascending (NDJSON with --format ndjson)')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework''s activity storage flush')
            break
        }
        'storectl;feed;help;activity;get' {
            break
        }
        'storectl;feed;help;activity;add' {
            break
        }
        'storectl;feed;help;activity;remove' {
            break
        }
        'storectl;feed;help;activity;list' {
            break
        }
        'storectl;feed;help;activity;flush' {
            break
        }
        'storectl;feed;help;aggregated' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write whole groups (Stream Framework''s add_many_aggregated), replacing a group of the same key')
            [CompletionResult]::new('slice', 'slice', [CompletionResultType]::ParameterValue, 'A page of groups, most recently updated first (Python slice bounds)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove activities from their groups (a group left empty goes), or --group whole groups')
            [CompletionResult]::new('trim', 'trim', [CompletionResultType]::ParameterValue, 'Keep only the LENGTH most recently updated groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an aggregated feed and its groups (a missing one is no error)')
            break
        }
        'storectl;feed;help;aggregated;add' {
            break
        }
        'storectl;feed;help;aggregated;put' {
            break
        }
        'storectl;feed;help;aggregated;slice' {
            break
        }
        'storectl;feed;help;aggregated;count' {
            break
        }
        'storectl;feed;help;aggregated;mark' {
            break
        }
        'storectl;feed;help;aggregated;remove' {
            break
        }
        'storectl;feed;help;aggregated;trim' {
            break
        }
        'storectl;feed;help;aggregated;delete' {
            break
        }
        'storectl;feed;help;follow' {
            break
        }
        'storectl;feed;help;unfollow' {
            break
        }
        'storectl;feed;help;gc' {
            break
        }
        'storectl;feed;help;flush' {
            break
        }
        'storectl;feed;help;help' {
            break
        }
        'storectl;item' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The query interface: items with their current revision, size, mtime and kind')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Store a new revision from FILE or stdin')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Revisions, newest first')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The edit-log of one item, or of all items, newest first')
            [CompletionResult]::new('meta', 'meta', [CompletionResultType]::ParameterValue, 'Show or change item-level metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Mark an item deleted (a revision without data; history stays; put revives it)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an item with its history (a page''s attachments move too)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy an item with all its revisions (and a page''s attachments)')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Store revision N''s data as a new revision (SAVE/REVERT)')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Remove an item and all its history for good (admin right)')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'User profiles (a profile makes its name Known to ACLs)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, show or remove a user profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;item;list' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only names starting with P')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only items of this kind')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Only items whose item-level metadata has KEY = VALUE (repeatable)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only pages whose current text has every word of TEXT, as whole words, in any order')
            [CompletionResult]::new('--changed-since', '--changed-since', [CompletionResultType]::ParameterName, 'Only items changed at or after TIME (RFC 3339)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Include deleted items')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;show' {
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Revision number (default: the current one)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--meta-only', '--meta-only', [CompletionResultType]::ParameterName, 'Metadata only; the data is not read')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Write the exact bytes of the data to stdout, and nothing else')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;put' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Edit-log comment')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Extra revision metadata KEY=VALUE (JSON if it parses, else a string; repeatable)')
            [CompletionResult]::new('--mimetype', '--mimetype', [CompletionResultType]::ParameterName, 'Mime type (default: from #format for pages, from the extension for attachments)')
            [CompletionResult]::new('--rev-expected', '--rev-expected', [CompletionResultType]::ParameterName, 'Fail with exit 4, writing nothing, unless the current revision is N (0: a new item)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind of a new item')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;history' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only lines from this time on (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N lines')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;meta' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set KEY to VALUE (JSON if it parses, else a string)')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove KEY')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;delete' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Edit-log comment')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;rename' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Edit-log comment')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;copy' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;revert' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The revision to go back to')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Edit-log comment')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;destroy' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm; required when stdin is not a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;acl' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'For an item that does not exist yet: the kind it would be created as')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;can' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'For an item that does not exist yet: the kind it would be created as')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;users' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;user' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user profile')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user profile')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a user profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;item;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address')
            [CompletionResult]::new('--alias', '--alias', [CompletionResultType]::ParameterName, 'Another name of the user (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;user;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;user;rm' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;item;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user profile')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user profile')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a user profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;item;user;help;add' {
            break
        }
        'storectl;item;user;help;show' {
            break
        }
        'storectl;item;user;help;rm' {
            break
        }
        'storectl;item;user;help;help' {
            break
        }
        'storectl;item;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The query interface: items with their current revision, size, mtime and kind')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Store a new revision from FILE or stdin')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Revisions, newest first')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The edit-log of one item, or of all items, newest first')
            [CompletionResult]::new('meta', 'meta', [CompletionResultType]::ParameterValue, 'Show or change item-level metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Mark an item deleted (a revision without data; history stays; put revives it)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an item with its history (a page''s attachments move too)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy an item with all its revisions (and a page''s attachments)')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Store revision N''s data as a new revision (SAVE/REVERT)')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Remove an item and all its history for good (admin right)')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'User profiles (a profile makes its name Known to ACLs)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, show or remove a user profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;item;help;list' {
            break
        }
        'storectl;item;help;show' {
            break
        }
        'storectl;item;help;put' {
            break
        }
        'storectl;item;help;history' {
            break
        }
        'storectl;item;help;log' {
            break
        }
        'storectl;item;help;meta' {
            break
        }
        'storectl;item;help;delete' {
            break
        }
        'storectl;item;help;rename' {
            break
        }
        'storectl;item;help;copy' {
            break
        }
        'storectl;item;help;revert' {
            break
        }
        'storectl;item;help;destroy' {
            break
        }
        'storectl;item;help;acl' {
            break
        }
        'storectl;item;help;can' {
            break
        }
        'storectl;item;help;users' {
            break
        }
        'storectl;item;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user profile')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user profile')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a user profile')
            break
        }
        'storectl;item;help;user;add' {
            break
        }
        'storectl;item;help;user;show' {
            break
        }
        'storectl;item;help;user;rm' {
            break
        }
        'storectl;item;help;help' {
            break
        }
        'storectl;lock' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('acquire', 'acquire', [CompletionResultType]::ParameterValue, 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release your lock')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every lock, with its owner and expiry')
            [CompletionResult]::new('break', 'break', [CompletionResultType]::ParameterValue, 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;lock;acquire' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the lock holds, 0 to 36500d (e.g. 30s, 10m, 2h); default: until released')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait up to DURATION for another owner''s lock to go, instead of failing at once')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owner (default: --as USER); another owner than --as needs an administrator')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;lock;release' {
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owner (default: --as USER); another owner than --as needs an administrator')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;lock;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;lock;break' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm; required when stdin is not a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;lock;help' {
            [CompletionResult]::new('acquire', 'acquire', [CompletionResultType]::ParameterValue, 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release your lock')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every lock, with its owner and expiry')
            [CompletionResult]::new('break', 'break', [CompletionResultType]::ParameterValue, 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;lock;help;acquire' {
            break
        }
        'storectl;lock;help;release' {
            break
        }
        'storectl;lock;help;list' {
            break
        }
        'storectl;lock;help;break' {
            break
        }
        'storectl;lock;help;help' {
            break
        }
        'storectl;session' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Sessions with task, instance and unresolved counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole session document')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Task configs (--unresolved: without an instance yet, or with an unresolved one)')
            [CompletionResult]::new('instances', 'instances', [CompletionResultType]::ParameterValue, 'Instances, filtered')
            [CompletionResult]::new('instance', 'instance', [CompletionResultType]::ParameterValue, 'One instance')
            [CompletionResult]::new('create-instance', 'create-instance', [CompletionResultType]::ParameterValue, 'A new unstarted instance of TASK')
            [CompletionResult]::new('clone-instance', 'clone-instance', [CompletionResultType]::ParameterValue, 'A copy of an instance (next number, unstarted, metadata {depth, parent})')
            [CompletionResult]::new('fire', 'fire', [CompletionResultType]::ParameterValue, 'Fire a trigger: create and apply to instances, abandon, schedule what became ready')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Set any status; optionally merge metadata and cascade (fire the task''s name)')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Finish an instance with a result, then cascade (fire the task''s name with it)')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark an instance failed')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a failed instance; --cascade fires the task''s name with --result')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Merge metadata into an instance (shallow)')
            [CompletionResult]::new('resolve-logs', 'resolve-logs', [CompletionResultType]::ParameterValue, 'Mark an instance''s logs as looked at')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The session document {tasks, instances, metas} (the seed''s stored shape, plus uid)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store a session document (every instance''s task must exist; nothing is stored otherwise)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a session')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Delete every session (a session another owner has locked refuses it: exit 75)')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Delete sessions not modified for DURATION (e.g. 7d)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run scheduled instances with CMD until nothing is scheduled (a local runner)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;session;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;configure' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;tasks' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--unresolved', '--unresolved', [CompletionResultType]::ParameterName, 'unresolved')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;instances' {
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Only this task''s')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--unresolved', '--unresolved', [CompletionResultType]::ParameterName, 'Only unresolved ones (not finished, abandoned, skipped or replayed)')
            [CompletionResult]::new('--unresolved-logs', '--unresolved-logs', [CompletionResultType]::ParameterName, 'Only those whose logs need attention')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;instance' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;create-instance' {
            [CompletionResult]::new('--kwargs', '--kwargs', [CompletionResultType]::ParameterName, 'The instance''s kwargs: {trigger: kwargs}')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;clone-instance' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;fire' {
            [CompletionResult]::new('--kwargs', '--kwargs', [CompletionResultType]::ParameterName, 'The trigger''s kwargs (a JSON object; default {})')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;status' {
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata to merge (a JSON object)')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'The cascade''s kwargs (default {})')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'Fire the task''s name with --result')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;finish' {
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'The result (JSON; default {})')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;fail' {
            [CompletionResult]::new('--error', '--error', [CompletionResultType]::ParameterName, 'The error message')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level (40 = error: listed by --unresolved-logs)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;replay' {
            [CompletionResult]::new('--kwargs', '--kwargs', [CompletionResultType]::ParameterName, 'Replace the clone''s kwargs wholesale ({} = none)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;skip' {
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'The cascade''s kwargs (default {})')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'cascade')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;metadata' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;resolve-logs' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;export' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;import' {
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'The uid to store it under (default: the document''s "uid")')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace a session that exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm; required when stdin is not a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;flush' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm; required when stdin is not a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;gc' {
            [CompletionResult]::new('--idle', '--idle', [CompletionResultType]::ParameterName, 'Idle time, 0 to 36500d (100 years), e.g. 300s, 12h, 7d')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;run' {
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'The command to run for each scheduled instance')
            [CompletionResult]::new('--max-runs', '--max-runs', [CompletionResultType]::ParameterName, 'Stop after N runs (guards against workflows that never settle): the runs made are printed, with "stopped_at_max_runs": true, and the exit is 4')
            [CompletionResult]::new('--reclaim-after', '--reclaim-after', [CompletionResultType]::ParameterName, 'Take over a running instance whose claim its runner last renewed longer ago than DURATION (e.g. 1m): a runner that died. Runners renew their claims every 10 s while CMD runs, so 30s or more takes over only from dead or hung runners [default: never]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;session;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Sessions with task, instance and unresolved counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole session document')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Task configs (--unresolved: without an instance yet, or with an unresolved one)')
            [CompletionResult]::new('instances', 'instances', [CompletionResultType]::ParameterValue, 'Instances, filtered')
            [CompletionResult]::new('instance', 'instance', [CompletionResultType]::ParameterValue, 'One instance')
            [CompletionResult]::new('create-instance', 'create-instance', [CompletionResultType]::ParameterValue, 'A new unstarted instance of TASK')
            [CompletionResult]::new('clone-instance', 'clone-instance', [CompletionResultType]::ParameterValue, 'A copy of an instance (next number, unstarted, metadata {depth, parent})')
            [CompletionResult]::new('fire', 'fire', [CompletionResultType]::ParameterValue, 'Fire a trigger: create and apply to instances, abandon, schedule what became ready')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Set any status; optionally merge metadata and cascade (fire the task''s name)')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Finish an instance with a result, then cascade (fire the task''s name with it)')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark an instance failed')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a failed instance; --cascade fires the task''s name with --result')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Merge metadata into an instance (shallow)')
            [CompletionResult]::new('resolve-logs', 'resolve-logs', [CompletionResultType]::ParameterValue, 'Mark an instance''s logs as looked at')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The session document {tasks, instances, metas} (the seed''s stored shape, plus uid)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store a session document (every instance''s task must exist; nothing is stored otherwise)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a session')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Delete every session (a session another owner has locked refuses it: exit 75)')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Delete sessions not modified for DURATION (e.g. 7d)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run scheduled instances with CMD until nothing is scheduled (a local runner)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;session;help;list' {
            break
        }
        'storectl;session;help;show' {
            break
        }
        'storectl;session;help;configure' {
            break
        }
        'storectl;session;help;tasks' {
            break
        }
        'storectl;session;help;instances' {
            break
        }
        'storectl;session;help;instance' {
            break
        }
        'storectl;session;help;create-instance' {
            break
        }
        'storectl;session;help;clone-instance' {
            break
        }
        'storectl;session;help;fire' {
            break
        }
        'storectl;session;help;status' {
            break
        }
        'storectl;session;help;finish' {
            break
        }
        'storectl;session;help;fail' {
            break
        }
        'storectl;session;help;replay' {
            break
        }
        'storectl;session;help;skip' {
            break
        }
        'storectl;session;help;metadata' {
            break
        }
        'storectl;session;help;resolve-logs' {
            break
        }
        'storectl;session;help;export' {
            break
        }
        'storectl;session;help;import' {
            break
        }
        'storectl;session;help;delete' {
            break
        }
        'storectl;session;help;flush' {
            break
        }
        'storectl;session;help;gc' {
            break
        }
        'storectl;session;help;run' {
            break
        }
        'storectl;session;help;help' {
            break
        }
        'storectl;export' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('moin16', 'moin16', [CompletionResultType]::ParameterValue, 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)')
            [CompletionResult]::new('websupport', 'websupport', [CompletionResultType]::ParameterValue, 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;export;moin16' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;export;websupport' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Table name prefix (WebSupport''s db_prefix): letters, digits and _')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace OUT if it is an existing file (it is replaced only once the new one is complete)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;export;help' {
            [CompletionResult]::new('moin16', 'moin16', [CompletionResultType]::ParameterValue, 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)')
            [CompletionResult]::new('websupport', 'websupport', [CompletionResultType]::ParameterValue, 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;export;help;moin16' {
            break
        }
        'storectl;export;help;websupport' {
            break
        }
        'storectl;export;help;help' {
            break
        }
        'storectl;migrate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('moin16', 'moin16', [CompletionResultType]::ParameterValue, 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the store with a moin data directory and list every difference (exit 65 if any)')
            [CompletionResult]::new('errbot', 'errbot', [CompletionResultType]::ParameterValue, 'Import an Errbot bot''s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)')
            [CompletionResult]::new('websupport', 'websupport', [CompletionResultType]::ParameterValue, 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;migrate;moin16' {
            [CompletionResult]::new('--underlay', '--underlay', [CompletionResultType]::ParameterName, 'An underlay directory: its pages are imported where the data dir has none')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Also import the user profiles of data/user')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted migration (every run does: what is stored is not imported again)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;migrate;verify' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Also compare the user profiles')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;migrate;errbot' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;migrate;websupport' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Table name prefix (WebSupport''s db_prefix)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;migrate;help' {
            [CompletionResult]::new('moin16', 'moin16', [CompletionResultType]::ParameterValue, 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the store with a moin data directory and list every difference (exit 65 if any)')
            [CompletionResult]::new('errbot', 'errbot', [CompletionResultType]::ParameterValue, 'Import an Errbot bot''s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)')
            [CompletionResult]::new('websupport', 'websupport', [CompletionResultType]::ParameterValue, 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;migrate;help;moin16' {
            break
        }
        'storectl;migrate;help;verify' {
            break
        }
        'storectl;migrate;help;errbot' {
            break
        }
        'storectl;migrate;help;websupport' {
            break
        }
        'storectl;migrate;help;help' {
            break
        }
        'storectl;batch' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Commit every N commands instead of once at the end')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Do everything and report what would change, then roll back: nothing is written')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;serve' {
            [CompletionResult]::new('--socket', '--socket', [CompletionResultType]::ParameterName, 'Listen on a Unix socket at PATH (created with mode 0600, removed on exit) for many clients at once, instead of serving stdin; an existing file that is not a socket is refused. "storectl serve: listening on PATH" on stderr says clients may connect')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;generate-docs' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store URL: sqlite:PATH, a bare PATH, postgres://USER@HOST:PORT/DB (a PostgreSQL server that many hosts share; password from PGPASSWORD, ~/.pgpass or [postgres] password_file), or moin16:DATA_DIR (items of a live MoinMoin 1.6-1.9 wiki) [env: STORECTL_STORE] [default: storectl.db in the platform data dir]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of searching for one [env: STORECTL_CONFIG]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables, errors and warnings; `always` also in a pipe [env: STORECTL_COLOR; NO_COLOR is honoured]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as USER (comment author, voter); without it you are anonymous [env: STORECTL_USER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]')
            [CompletionResult]::new('--moderator', '--moderator', [CompletionResultType]::ParameterName, 'Act as a moderator; honoured only for users in [comments] moderators when that list is set [env: STORECTL_MODERATOR]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'storectl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store (if needed) and bring its schema up to date')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the store: SQLite integrity plus every face''s invariants (exit 65 on problems)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole store to a new file while it stays in use')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts and sizes per face, and storage facts')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole store into another, empty one: SQLite to PostgreSQL and back')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the resolved settings, or write an example config file')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Namespaced key/value storage (Errbot storage plugins)')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Commentable paragraphs of a documentation build (Sphinx WebSupport nodes)')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Threaded comments on nodes (Sphinx WebSupport)')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Vote on a comment: storectl vote CID -1|0|1')
            [CompletionResult]::new('moderate', 'moderate', [CompletionResultType]::ParameterValue, 'The moderation queue: list, accept, reject')
            [CompletionResult]::new('rename-user', 'rename-user', [CompletionResultType]::ParameterValue, 'Rename a user''s comments and votes (merging votes NEW already cast)')
            [CompletionResult]::new('feed', 'feed', [CompletionResultType]::ParameterValue, 'Activity storage and sorted timelines with exact 26-digit ids (Stream Framework)')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'Revisioned items with MoinMoin ACLs, edit-log and query (the MoinMoin storage design)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Locks on items, sessions, namespaces and feeds, held across commands')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Triggers workflow sessions: tasks, instances, fire, finish, replay, skip')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the store in the formats of the systems storectl replaces')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Import data from the systems storectl replaces')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Run many commands, one JSON line each, in one process and one transaction')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve requests from a program: NDJSON on stdin or a Unix socket, one response each')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Regenerate shell completions and man pages into a directory (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'storectl;help;init' {
            break
        }
        'storectl;help;check' {
            break
        }
        'storectl;help;backup' {
            break
        }
        'storectl;help;stats' {
            break
        }
        'storectl;help;copy' {
            break
        }
        'storectl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every resolved setting, where it came from, and its environment variable')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented example config file (default ./storectl.toml; - for stdout)')
            break
        }
        'storectl;help;config;show' {
            break
        }
        'storectl;help;config;init' {
            break
        }
        'storectl;help;namespace' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their key counts and total value bytes')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the keys of a namespace, sorted')
            [CompletionResult]::new('len', 'len', [CompletionResultType]::ParameterValue, 'Print the number of keys (0 for a namespace that does not exist)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the JSON value of a key (exit 3 when missing, unless --default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key to a JSON value')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove keys, all or nothing (exit 3 and nothing removed if one is missing)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print the whole namespace as one JSON object (errbot --storage-get)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace the namespace''s content with a JSON object, atomically (errbot --storage-set)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge a JSON object into the namespace (errbot --storage-merge, done consistently)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an empty namespace (listed with 0 keys until dropped)')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Remove a namespace and all its keys')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a whole namespace (refuses a non-empty destination without --force)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write namespaces as NDJSON {"namespace", "key", "value"} records (all when none named)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read {"namespace", "key", "value"} records (NDJSON, a JSON array, or one object)')
            break
        }
        'storectl;help;namespace;list' {
            break
        }
        'storectl;help;namespace;keys' {
            break
        }
        'storectl;help;namespace;len' {
            break
        }
        'storectl;help;namespace;get' {
            break
        }
        'storectl;help;namespace;set' {
            break
        }
        'storectl;help;namespace;rm' {
            break
        }
        'storectl;help;namespace;dump' {
            break
        }
        'storectl;help;namespace;replace' {
            break
        }
        'storectl;help;namespace;merge' {
            break
        }
        'storectl;help;namespace;create' {
            break
        }
        'storectl;help;namespace;drop' {
            break
        }
        'storectl;help;namespace;copy' {
            break
        }
        'storectl;help;namespace;rename' {
            break
        }
        'storectl;help;namespace;export' {
            break
        }
        'storectl;help;namespace;import' {
            break
        }
        'storectl;help;node' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a node, or a whole build''s nodes with --from (one transaction)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes (of one document) with their comment counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one node with its source and comment counts')
            break
        }
        'storectl;help;node;add' {
            break
        }
        'storectl;help;node;list' {
            break
        }
        'storectl;help;node;show' {
            break
        }
        'storectl;help;comment' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a comment to a node (--node) or a reply to a comment (--parent), or many with --from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a node''s source and its comment tree as the viewer may see it, or (--user) the comments a user wrote')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one comment')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a comment: soft by its author, hard (with replies and votes) by a moderator')
            break
        }
        'storectl;help;comment;add' {
            break
        }
        'storectl;help;comment;list' {
            break
        }
        'storectl;help;comment;show' {
            break
        }
        'storectl;help;comment;delete' {
            break
        }
        'storectl;help;vote' {
            [CompletionResult]::new('cast', 'cast', [CompletionResultType]::ParameterValue, 'Cast a vote (same as `storectl vote CID VALUE`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List votes: on one comment (moderators), of one user (that user or a moderator), or your own')
            break
        }
        'storectl;help;vote;cast' {
            break
        }
        'storectl;help;vote;list' {
            break
        }
        'storectl;help;moderate' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Comments waiting for moderation, oldest first (moderators only)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Make a hidden comment displayed (moderators only)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Delete a comment with its replies and votes (moderators only)')
            break
        }
        'storectl;help;moderate;list' {
            break
        }
        'storectl;help;moderate;accept' {
            break
        }
        'storectl;help;moderate;reject' {
            break
        }
        'storectl;help;rename-user' {
            break
        }
        'storectl;help;feed' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store an activity once and add it to every KEY''s timeline (fan-out), in one transaction')
            [CompletionResult]::new('add-many', 'add-many', [CompletionResultType]::ParameterValue, 'Add many activities (NDJSON, an array, or one object) to activity storage and to every KEY')
            [CompletionResult]::new('slice', 'slice', [CompletionResultType]::ParameterValue, 'A page of a timeline, newest first: filters, then Python slice bounds')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Number of entries in a timeline (0 when it does not exist)')
            [CompletionResult]::new('index-of', 'index-of', [CompletionResultType]::ParameterValue, '0-based rank of an id, newest first (exit 3 when absent)')
            [CompletionResult]::new('contains', 'contains', [CompletionResultType]::ParameterValue, 'Whether a timeline holds an id (prints true or false; exit 0 either way)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove ids from a timeline (absent ids are ignored)')
            [CompletionResult]::new('trim', 'trim', [CompletionResultType]::ParameterValue, 'Keep only the LENGTH newest entries (one range delete)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a timeline (its activities stay in activity storage)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Timelines with their entry counts')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'The activity storage: get, add, remove')
            [CompletionResult]::new('aggregated', 'aggregated', [CompletionResultType]::ParameterValue, 'Aggregated and notification feeds: activities grouped by verb and day (or verb, object and day), with seen and read marks')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Copy the newest LIMIT ids of SOURCE into FOLLOWER''s timeline')
            [CompletionResult]::new('unfollow', 'unfollow', [CompletionResultType]::ParameterValue, 'Remove from FOLLOWER every entry whose activity''s actor is one of --actor')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Remove activities that no timeline references')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Remove every timeline and every activity')
            break
        }
        'storectl;help;feed;add' {
            break
        }
        'storectl;help;feed;add-many' {
            break
        }
        'storectl;help;feed;slice' {
            break
        }
        'storectl;help;feed;count' {
            break
        }
        'storectl;help;feed;index-of' {
            break
        }
        'storectl;help;feed;contains' {
            break
        }
        'storectl;help;feed;remove' {
            break
        }
        'storectl;help;feed;trim' {
            break
        }
        'storectl;help;feed;delete' {
            break
        }
        'storectl;help;feed;keys' {
            break
        }
        'storectl;help;feed;activity' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print activities by id, each id as given (unknown ids under "missing"; exit 3 if none is found)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store activities (NDJSON, an array, or one object) without adding them to any timeline; prints how many records were read and how many activities were new')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove activities from activity storage (timelines keep their ids: slices show them missing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List activity storage by id, ascending (NDJSON with --format ndjson)')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Remove every activity from activity storage; timelines keep their ids (slices show them missing). Stream Framework''s activity storage flush')
            break
        }
        'storectl;help;feed;activity;get' {
            break
        }
        'storectl;help;feed;activity;add' {
            break
        }
        'storectl;help;feed;activity;remove' {
            break
        }
        'storectl;help;feed;activity;list' {
            break
        }
        'storectl;help;feed;activity;flush' {
            break
        }
        'storectl;help;feed;aggregated' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add activities (NDJSON, an array, or one object): each joins its group, or starts one')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write whole groups (Stream Framework''s add_many_aggregated), replacing a group of the same key')
            [CompletionResult]::new('slice', 'slice', [CompletionResultType]::ParameterValue, 'A page of groups, most recently updated first (Python slice bounds)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Groups, unseen_count and unread_count: kept counts, no scan (zeros for no feed)')
            [CompletionResult]::new('mark', 'mark', [CompletionResultType]::ParameterValue, 'Mark groups (or --all) seen and/or read, or undo it (default: --seen)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove activities from their groups (a group left empty goes), or --group whole groups')
            [CompletionResult]::new('trim', 'trim', [CompletionResultType]::ParameterValue, 'Keep only the LENGTH most recently updated groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an aggregated feed and its groups (a missing one is no error)')
            break
        }
        'storectl;help;feed;aggregated;add' {
            break
        }
        'storectl;help;feed;aggregated;put' {
            break
        }
        'storectl;help;feed;aggregated;slice' {
            break
        }
        'storectl;help;feed;aggregated;count' {
            break
        }
        'storectl;help;feed;aggregated;mark' {
            break
        }
        'storectl;help;feed;aggregated;remove' {
            break
        }
        'storectl;help;feed;aggregated;trim' {
            break
        }
        'storectl;help;feed;aggregated;delete' {
            break
        }
        'storectl;help;feed;follow' {
            break
        }
        'storectl;help;feed;unfollow' {
            break
        }
        'storectl;help;feed;gc' {
            break
        }
        'storectl;help;feed;flush' {
            break
        }
        'storectl;help;item' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The query interface: items with their current revision, size, mtime and kind')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One revision: metadata and data (text, or {"$base64": ...} for bytes that are not UTF-8)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Store a new revision from FILE or stdin')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Revisions, newest first')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The edit-log of one item, or of all items, newest first')
            [CompletionResult]::new('meta', 'meta', [CompletionResultType]::ParameterValue, 'Show or change item-level metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Mark an item deleted (a revision without data; history stays; put revives it)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an item with its history (a page''s attachments move too)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy an item with all its revisions (and a page''s attachments)')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Store revision N''s data as a new revision (SAVE/REVERT)')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Remove an item and all its history for good (admin right)')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'The ACL that governs an item, and your rights on it (--as USER); for an item that does not exist yet, what a new one would get')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Exit 0 if you (--as USER) have RIGHT on the item, 77 if not; for an item that does not exist yet, whether a new one would give you RIGHT (write: whether you may create it)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'User profiles (a profile makes its name Known to ACLs)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, show or remove a user profile')
            break
        }
        'storectl;help;item;list' {
            break
        }
        'storectl;help;item;show' {
            break
        }
        'storectl;help;item;put' {
            break
        }
        'storectl;help;item;history' {
            break
        }
        'storectl;help;item;log' {
            break
        }
        'storectl;help;item;meta' {
            break
        }
        'storectl;help;item;delete' {
            break
        }
        'storectl;help;item;rename' {
            break
        }
        'storectl;help;item;copy' {
            break
        }
        'storectl;help;item;revert' {
            break
        }
        'storectl;help;item;destroy' {
            break
        }
        'storectl;help;item;acl' {
            break
        }
        'storectl;help;item;can' {
            break
        }
        'storectl;help;item;users' {
            break
        }
        'storectl;help;item;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user profile')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user profile')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a user profile')
            break
        }
        'storectl;help;item;user;add' {
            break
        }
        'storectl;help;item;user;show' {
            break
        }
        'storectl;help;item;user;rm' {
            break
        }
        'storectl;help;lock' {
            [CompletionResult]::new('acquire', 'acquire', [CompletionResultType]::ParameterValue, 'Hold a lock on RESOURCE (item:NAME, session:UID, namespace:NS, feed:KEY, node:ID)')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release your lock')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every lock, with its owner and expiry')
            [CompletionResult]::new('break', 'break', [CompletionResultType]::ParameterValue, 'Remove a lock whoever holds it (administrators; anyone for their own or an expired lock)')
            break
        }
        'storectl;help;lock;acquire' {
            break
        }
        'storectl;help;lock;release' {
            break
        }
        'storectl;help;lock;list' {
            break
        }
        'storectl;help;lock;break' {
            break
        }
        'storectl;help;session' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Sessions with task, instance and unresolved counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole session document')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Add or replace task configs ({name: {"after": [...], "run": ..., ...}}); creates the session')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Task configs (--unresolved: without an instance yet, or with an unresolved one)')
            [CompletionResult]::new('instances', 'instances', [CompletionResultType]::ParameterValue, 'Instances, filtered')
            [CompletionResult]::new('instance', 'instance', [CompletionResultType]::ParameterValue, 'One instance')
            [CompletionResult]::new('create-instance', 'create-instance', [CompletionResultType]::ParameterValue, 'A new unstarted instance of TASK')
            [CompletionResult]::new('clone-instance', 'clone-instance', [CompletionResultType]::ParameterValue, 'A copy of an instance (next number, unstarted, metadata {depth, parent})')
            [CompletionResult]::new('fire', 'fire', [CompletionResultType]::ParameterValue, 'Fire a trigger: create and apply to instances, abandon, schedule what became ready')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Set any status; optionally merge metadata and cascade (fire the task''s name)')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Finish an instance with a result, then cascade (fire the task''s name with it)')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'Mark an instance failed')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay a failed instance: it becomes replayed and a scheduled clone replaces it')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a failed instance; --cascade fires the task''s name with --result')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Merge metadata into an instance (shallow)')
            [CompletionResult]::new('resolve-logs', 'resolve-logs', [CompletionResultType]::ParameterValue, 'Mark an instance''s logs as looked at')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The session document {tasks, instances, metas} (the seed''s stored shape, plus uid)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store a session document (every instance''s task must exist; nothing is stored otherwise)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a session')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Delete every session (a session another owner has locked refuses it: exit 75)')
            [CompletionResult]::new('gc', 'gc', [CompletionResultType]::ParameterValue, 'Delete sessions not modified for DURATION (e.g. 7d)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run scheduled instances with CMD until nothing is scheduled (a local runner)')
            break
        }
        'storectl;help;session;list' {
            break
        }
        'storectl;help;session;show' {
            break
        }
        'storectl;help;session;configure' {
            break
        }
        'storectl;help;session;tasks' {
            break
        }
        'storectl;help;session;instances' {
            break
        }
        'storectl;help;session;instance' {
            break
        }
        'storectl;help;session;create-instance' {
            break
        }
        'storectl;help;session;clone-instance' {
            break
        }
        'storectl;help;session;fire' {
            break
        }
        'storectl;help;session;status' {
            break
        }
        'storectl;help;session;finish' {
            break
        }
        'storectl;help;session;fail' {
            break
        }
        'storectl;help;session;replay' {
            break
        }
        'storectl;help;session;skip' {
            break
        }
        'storectl;help;session;metadata' {
            break
        }
        'storectl;help;session;resolve-logs' {
            break
        }
        'storectl;help;session;export' {
            break
        }
        'storectl;help;session;import' {
            break
        }
        'storectl;help;session;delete' {
            break
        }
        'storectl;help;session;flush' {
            break
        }
        'storectl;help;session;gc' {
            break
        }
        'storectl;help;session;run' {
            break
        }
        'storectl;help;export' {
            [CompletionResult]::new('moin16', 'moin16', [CompletionResultType]::ParameterValue, 'Write the items as a MoinMoin 1.9 data directory (pages, revisions, edit-logs, attachments, users)')
            [CompletionResult]::new('websupport', 'websupport', [CompletionResultType]::ParameterValue, 'Write the comments as a sphinxcontrib-websupport SQLite database (nodes, comments, votes)')
            break
        }
        'storectl;help;export;moin16' {
            break
        }
        'storectl;help;export;websupport' {
            break
        }
        'storectl;help;migrate' {
            [CompletionResult]::new('moin16', 'moin16', [CompletionResultType]::ParameterValue, 'Import a MoinMoin 1.6–1.9 data directory: every page, revision, attachment (and user)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare the store with a moin data directory and list every difference (exit 65 if any)')
            [CompletionResult]::new('errbot', 'errbot', [CompletionResultType]::ParameterValue, 'Import an Errbot bot''s Shelf storage (BOT_DATA_DIR): one namespace per shelf (idempotent)')
            [CompletionResult]::new('websupport', 'websupport', [CompletionResultType]::ParameterValue, 'Import a sphinxcontrib-websupport SQLite database: nodes, threads, votes (idempotent)')
            break
        }
        'storectl;help;migrate;moin16' {
            break
        }
        'storectl;help;migrate;verify' {
            break
        }
        'storectl;help;migrate;errbot' {
            break
        }
        'storectl;help;migrate;websupport' {
            break
        }
        'storectl;help;batch' {
            break
        }
        'storectl;help;serve' {
            break
        }
        'storectl;help;generate-docs' {
            break
        }
        'storectl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
