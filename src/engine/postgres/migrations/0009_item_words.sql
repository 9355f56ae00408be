-- Full-text search over the words storectl defines (items_model::search_words), as SQLite's
-- migration 0009: PostgreSQL's text-search parser no longer splits and folds page text on its
-- own (it kept hyphenated words, e-mail addresses and host names whole). Each live page's row
-- holds its distinct words, lower-cased, separated by single spaces; the tsvector is made from
-- exactly these words (array_to_tsvector: no parser, no normalisation), and a search is a
-- tsquery of quoted lexemes. The rows are rebuilt from the current revisions by the Rust step
-- that follows this script in the same transaction.
DROP TABLE item_search;
CREATE TABLE item_words (
    item_id BIGINT PRIMARY KEY REFERENCES items (id),
    words TEXT NOT NULL,
    lexemes TSVECTOR GENERATED ALWAYS AS (array_to_tsvector(string_to_array(words, ' '))) STORED
);
CREATE INDEX item_words_lexemes ON item_words USING GIN (lexemes);
