
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
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store (if needed) and bring its schema up to date'
            cand check 'Verify the store: SQLite integrity plus every face''s invariants (exit 65 on problems)'
            cand backup 'Copy the whole store to a new file while it stays in use'
            cand stats 'Counts and sizes per face, and storage facts'
            cand config 'Show the resolved settings, or write an example config file'
            cand namespace 'Namespaced key/value storage (Errbot storage plugins)'
            cand ns 'Namespaced key/value storage (Errbot storage plugins)'
            cand generate-docs 'Regenerate shell completions and man pages into a directory (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;init'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;check'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;backup'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --force 'Overwrite DEST if it exists'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;stats'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;config'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print every resolved setting, where it came from, and its environment variable'
            cand init 'Write a commented example config file (default ./storectl.toml; - for stdout)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'storectl;config;show'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;config;init'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --force 'Overwrite an existing file'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
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
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;list'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;keys'= {
            cand --prefix 'Only keys starting with this prefix'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;keys'= {
            cand --prefix 'Only keys starting with this prefix'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;len'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;len'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;get'= {
            cand --default 'Print this JSON value instead of failing when the key is missing'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;get'= {
            cand --default 'Print this JSON value instead of failing when the key is missing'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;set'= {
            cand --file 'Read the value from FILE (- for stdin)'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --string 'Store VALUE (or the file''s content) as a JSON string, as-is'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;set'= {
            cand --file 'Read the value from FILE (- for stdin)'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --string 'Store VALUE (or the file''s content) as a JSON string, as-is'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;rm'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --ignore-missing 'Skip keys that do not exist instead of failing'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;rm'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --ignore-missing 'Skip keys that do not exist instead of failing'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;dump'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;dump'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;replace'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;replace'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;merge'= {
            cand --arrays 'What happens when both sides hold an array'
            cand --strategy 'How values are combined'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;merge'= {
            cand --arrays 'What happens when both sides hold an array'
            cand --strategy 'How values are combined'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;create'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;create'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;drop'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;drop'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --yes 'Confirm; required when stdin is not a terminal'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;copy'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --force 'Replace a destination that already has keys'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;copy'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --force 'Replace a destination that already has keys'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;rename'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --force 'Replace a destination that already has keys'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;rename'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --force 'Replace a destination that already has keys'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;export'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;export'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;namespace;import'= {
            cand --batch-size 'Commit every N records instead of once at the end'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'storectl;ns;import'= {
            cand --batch-size 'Commit every N records instead of once at the end'
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --dry-run 'Do everything and report what would change, then roll back: nothing is written'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
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
        &'storectl;generate-docs'= {
            cand --store 'Store URL: sqlite:PATH or a bare PATH [env: STORECTL_STORE] [default: storectl.db in the platform data dir]'
            cand --config 'Config file to read instead of searching for one [env: STORECTL_CONFIG]'
            cand --format 'Output format [env: STORECTL_FORMAT] [default: table on a terminal, json otherwise]'
            cand --color 'Colour in tables [env: STORECTL_COLOR; NO_COLOR is honoured]'
            cand --json 'Short for --format json'
            cand -q 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
            cand --quiet 'No progress bars or warnings on stderr (errors are still printed) [env: STORECTL_QUIET]'
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
            cand config 'Show the resolved settings, or write an example config file'
            cand namespace 'Namespaced key/value storage (Errbot storage plugins)'
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
        &'storectl;help;generate-docs'= {
        }
        &'storectl;help;help'= {
        }
    ]
    $completions[$command]
}
