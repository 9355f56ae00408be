//! MoinMoin ACLs (`faces::acl`): `#acl` lines from a page body, the ACL parser, the group-page
//! member reader, the `group_regex` engine, and the evaluation of every right for a user.
//!
//! Input: UTF-8 text split at NUL bytes into
//! `body \0 user \0 group_regex \0 rights_default \0 rights_before \0 rights_after \0 group...`;
//! each group part is `PageName\npage text`. Missing parts take the defaults, so a plain page
//! body (what `seed.py` extracts from revision files) is a useful input on its own.
#![no_main]

use std::convert::Infallible;

use libfuzzer_sys::fuzz_target;
use storectl::faces::acl::{
    effective_acl, may, parse_group_members, rights, Acl, AclConfig, Directory, Right, Subject,
    DEFAULT_GROUP_REGEX, MOIN_RIGHTS_DEFAULT,
};
use storectl::items_model::acl_from_body;

struct Groups {
    pages: Vec<(String, Vec<String>)>,
}

impl Directory for Groups {
    fn is_known(&self, user: &str) -> bool {
        user.starts_with(|c: char| c.is_ascii_uppercase())
            || self.pages.iter().any(|(_, m)| m.iter().any(|n| n == user))
    }

    fn group_members(&self, group: &str) -> Option<Vec<String>> {
        self.pages
            .iter()
            .find(|(name, _)| name == group)
            .map(|(_, m)| m.clone())
    }
}

fn check_parsed(acl: &Acl) {
    for e in acl.entries() {
        assert!(!e.names.is_empty(), "{e:?}");
        for (i, r) in e.rights.iter().enumerate() {
            assert!(!e.rights[..i].contains(r), "repeated right in {e:?}");
        }
        let _ = (e.granted(), e.denied(), e.to_string());
    }
    let _ = acl.to_string();
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.split('\0');
    let body = parts.next().unwrap_or("");
    let user = parts.next().unwrap_or("Alice");
    let config = AclConfig {
        group_regex: parts.next().unwrap_or(DEFAULT_GROUP_REGEX).to_string(),
        rights_default: parts.next().unwrap_or(MOIN_RIGHTS_DEFAULT).to_string(),
        rights_before: parts.next().unwrap_or("").to_string(),
        rights_after: parts.next().unwrap_or("").to_string(),
        hierarchic: false,
        trusted: vec!["Trustee".to_string()],
    };
    let groups = Groups {
        pages: parts
            .map(|g| {
                let (name, page) = g.split_once('\n').unwrap_or((g, ""));
                (name.to_string(), parse_group_members(page))
            })
            .collect(),
    };
    let _ = config.validate();

    let page_acl = acl_from_body(body);
    check_parsed(&Acl::parse(body, &config.rights_default));
    check_parsed(&Acl::parse_line(body, &config.rights_default));
    check_parsed(&Acl::parse_default(&config.rights_default));
    if let Some(t) = &page_acl {
        check_parsed(&Acl::parse(t, &config.rights_default));
    }
    let _ = parse_group_members(body);

    // The page and its parent carry the body's ACL, so hierarchic mode walks a real chain.
    let mut lookup = |_: &str| -> Result<Option<String>, Infallible> { Ok(page_acl.clone()) };
    for hierarchic in [false, true] {
        let config = AclConfig {
            hierarchic,
            ..config.clone()
        };
        let effective = effective_acl(&config, "Parent/Child", &mut lookup).unwrap();
        for subject in [Subject::named(user), Subject::anonymous()] {
            let all = effective.rights(&config, &groups, &subject);
            let via_fn = rights(&config, &groups, "Parent/Child", &mut lookup, &subject).unwrap();
            assert_eq!(all, via_fn);
            for right in Right::ALL {
                let one = effective.may(&config, &groups, &subject, right);
                assert_eq!(one, all.contains(&right), "{right} for {subject:?}");
                let via_fn = may(
                    &config,
                    &groups,
                    "Parent/Child",
                    &mut lookup,
                    &subject,
                    right,
                )
                .unwrap();
                assert_eq!(one, via_fn);
            }
        }
    }
});
