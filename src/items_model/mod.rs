//! The item model that the items face and the item backends share: both depend on it, and a
//! backend never imports a face. It says what an item is (its [`ItemKind`]), what a revision's
//! metadata holds ([`RevisionMeta`]), and what a page's text says about itself (its processing
//! instructions: `#acl`, `#format`, `#language`, and the mime type they give). Rules about who
//! may do what stay in `faces::items`.

pub mod instructions;
pub mod revision_meta;
pub mod search_words;

pub use instructions::{acl_from_body, mimetype_of, parse_instructions, Instructions};
pub use revision_meta::{RevisionMeta, RESERVED_META_KEYS, RESERVED_META_PREFIX};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Page,
    Attachment,
}

impl ItemKind {
    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Page => "page",
            ItemKind::Attachment => "attachment",
        }
    }

    pub fn parse(text: &str) -> Option<ItemKind> {
        match text {
            "page" => Some(ItemKind::Page),
            "attachment" => Some(ItemKind::Attachment),
            _ => None,
        }
    }
}
