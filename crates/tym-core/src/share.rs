//! Sharing without a server: a draft in the URL fragment (compressed, optionally encrypted), and the
//! encrypted file format. The fragment is never sent to any server by the browser. Compression and
//! encryption themselves run in the browser (CompressionStream, WebCrypto AES-GCM with a PBKDF2 key);
//! this module owns the formats, so they are tested natively.

use serde::{Deserialize, Serialize};

/// Links longer than this are refused with advice to send a file: e-mail and chat clients cut long
/// links, and browsers cap URLs at about 2 MB.
pub const MAX_LINK_CHARS: usize = 100_000;
/// PBKDF2-SHA-256 iterations (the OWASP 2023 recommendation).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;

const PLAIN_PREFIX: &str = "tym1.";
const ENCRYPTED_PREFIX: &str = "tym1e.";
pub const ENCRYPTED_FORMAT: &str = "tym-agreement-encrypted";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    NotALink,
    Damaged,
    TooLong {
        chars: usize,
    },
    WrongPassphrase,
    /// A link or encrypted file of a newer format than this app reads: update the app.
    NewerVersion,
    /// A link that inflates past `MAX_INFLATED` bytes.
    TooLarge,
}

/// The most a link's draft may inflate to: the largest file the app opens. Inflating stops there, so
/// a small link cannot unpack into a gigabyte.
pub const MAX_INFLATED: usize = crate::format::MAX_BYTES;

/// What a link carries: deflate-compressed agreement JSON, encrypted when `encrypted`
/// (then `salt ‖ iv ‖ AES-GCM ciphertext` of the compressed bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkPayload {
    pub encrypted: bool,
    pub bytes: Vec<u8>,
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5), safe in a URL fragment.
pub fn base64url(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * k)) & 63) as usize] as char);
        }
    }
    out
}

pub fn from_base64url(s: &str) -> Result<Vec<u8>, ShareError> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c).ok_or(ShareError::Damaged)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // A valid encoding leaves fewer than 6 unused bits, all zero.
    if bits >= 6 || acc != 0 {
        return Err(ShareError::Damaged);
    }
    Ok(out)
}

/// The fragment (without '#') for a payload, or `TooLong`.
pub fn link_fragment(p: &LinkPayload) -> Result<String, ShareError> {
    let prefix = if p.encrypted { ENCRYPTED_PREFIX } else { PLAIN_PREFIX };
    let s = format!("{prefix}{}", base64url(&p.bytes));
    if s.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong { chars: s.len() });
    }
    Ok(s)
}

/// Reads a fragment (with or without '#'). `NotALink` for fragments that are not the app's.
pub fn parse_fragment(fragment: &str) -> Result<LinkPayload, ShareError> {
    let f = fragment.trim_start_matches('#');
    let (encrypted, body) = if let Some(b) = f.strip_prefix(ENCRYPTED_PREFIX) {
        (true, b)
    } else if let Some(b) = f.strip_prefix(PLAIN_PREFIX) {
        (false, b)
    } else if newer_prefix(f) {
        return Err(ShareError::NewerVersion);
    } else {
        return Err(ShareError::NotALink);
    };
    let bytes = from_base64url(body)?;
    let min = if encrypted { SALT_BYTES + IV_BYTES + 16 } else { 1 };
    if bytes.len() < min {
        return Err(ShareError::Damaged);
    }
    Ok(LinkPayload { encrypted, bytes })
}

/// "tym2.", "tym12e.": a link of a later version of the format (this app writes version 1).
fn newer_prefix(f: &str) -> bool {
    let Some(rest) = f.strip_prefix("tym") else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    digits > 0
        && rest[..digits].parse::<u64>().is_ok_and(|v| v > 1)
        && (after.starts_with('.') || after.starts_with("e."))
}

/// An exported file encrypted with a passphrase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptedFile {
    pub format: String,
    pub version: u32,
    pub kdf: String,
    pub iterations: u32,
    pub cipher: String,
    pub salt: String,
    pub iv: String,
    pub data: String,
}

/// An encrypted file's parts: the file, its salt, iv and ciphertext.
pub type EncryptedParts = (EncryptedFile, Vec<u8>, Vec<u8>, Vec<u8>);

impl EncryptedFile {
    pub fn new(salt: &[u8], iv: &[u8], ciphertext: &[u8]) -> EncryptedFile {
        EncryptedFile {
            format: ENCRYPTED_FORMAT.into(),
            version: 1,
            kdf: "PBKDF2-SHA-256".into(),
            iterations: PBKDF2_ITERATIONS,
            cipher: "AES-256-GCM".into(),
            salt: base64url(salt),
            iv: base64url(iv),
            data: base64url(ciphertext),
        }
    }

    pub fn to_json(&self) -> String {
        crate::format::json_text(self)
    }

    /// `Some` when the text is an encrypted agreement file (then its parts, or `Damaged`). The file
    /// is told by its structure — its top-level `format` — not by the name appearing anywhere in the
    /// text, so an agreement whose clause quotes "tym-agreement-encrypted" is an agreement.
    pub fn detect(text: &str) -> Option<Result<EncryptedParts, ShareError>> {
        // Most files do not mention the name at all: no second parse for them.
        if !text.contains(ENCRYPTED_FORMAT) {
            return None;
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: serde_json::Value = match serde_json::from_str(text) {
            Ok(v) => v,
            // Cut short: an encrypted file if its first member says so (the app writes it first).
            Err(_) => {
                let start: String = text.chars().filter(|c| !c.is_whitespace()).take(40).collect();
                let head = format!("{{\"format\":\"{ENCRYPTED_FORMAT}\"");
                return start.starts_with(&head).then_some(Err(ShareError::Damaged));
            }
        };
        if value.get("format").and_then(serde_json::Value::as_str) != Some(ENCRYPTED_FORMAT) {
            return None;
        }
        if value.get("version").and_then(serde_json::Value::as_u64).is_some_and(|v| v > 1) {
            return Some(Err(ShareError::NewerVersion));
        }
        // Read from the text, as before: a second (Value) deserializer of the type would be more code.
        let f: EncryptedFile = match serde_json::from_str(text) {
            Ok(f) => f,
            Err(_) => return Some(Err(ShareError::Damaged)),
        };
        let parts = (|| Ok((from_base64url(&f.salt)?, from_base64url(&f.iv)?, from_base64url(&f.data)?)))();
        Some(parts.map(|(s, i, d)| (f, s, i, d)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_and_matches_rfc_4648() {
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        for n in 0..40u8 {
            let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(from_base64url(&base64url(&data)).unwrap(), data);
        }
        assert_eq!(from_base64url("Zm9v!"), Err(ShareError::Damaged));
        assert_eq!(from_base64url("Zm9vY"), Err(ShareError::Damaged), "a truncated encoding");
    }

    #[test]
    fn fragments_round_trip_and_refuse_what_is_not_theirs() {
        let p = LinkPayload { encrypted: false, bytes: vec![1, 2, 3, 4] };
        let f = link_fragment(&p).unwrap();
        assert!(f.starts_with("tym1."));
        assert_eq!(parse_fragment(&format!("#{f}")).unwrap(), p);
        assert_eq!(parse_fragment("#section-2"), Err(ShareError::NotALink));
        assert_eq!(parse_fragment("#tym1e.AAAA"), Err(ShareError::Damaged), "too short to hold salt and iv");
        let big = LinkPayload { encrypted: false, bytes: vec![7; MAX_LINK_CHARS] };
        assert!(matches!(link_fragment(&big), Err(ShareError::TooLong { .. })));
    }

    #[test]
    fn encrypted_files_are_detected() {
        let e = EncryptedFile::new(&[1; 16], &[2; 12], &[3; 40]);
        let (f, salt, iv, data) = EncryptedFile::detect(&e.to_json()).unwrap().unwrap();
        assert_eq!((f.iterations, salt.len(), iv.len(), data.len()), (PBKDF2_ITERATIONS, 16, 12, 40));
        assert!(EncryptedFile::detect("{\"format\":\"tym-agreement\"}").is_none());
        assert_eq!(EncryptedFile::detect("{\"format\":\"tym-agreement-encrypted\"").unwrap(), Err(ShareError::Damaged));
    }

    #[test]
    fn a_file_is_told_by_its_structure_not_by_a_string_in_it() {
        let mut f = crate::presets::load("satakunta").unwrap();
        f.agreement.meta.area_name = format!("Salattu tiedosto on muotoa \"{ENCRYPTED_FORMAT}\".");
        f.agreement.meta.title = ENCRYPTED_FORMAT.into();
        let text = crate::format::save(&f);
        assert!(EncryptedFile::detect(&text).is_none());
        assert_eq!(crate::format::load(&text).unwrap(), f, "the saved file reopens");
        let mut newer = serde_json::to_value(EncryptedFile::new(&[1; 16], &[2; 12], &[3; 40])).unwrap();
        newer["version"] = 2.into();
        assert_eq!(EncryptedFile::detect(&newer.to_string()), Some(Err(ShareError::NewerVersion)));
    }

    #[test]
    fn a_link_of_a_newer_version_is_named_as_such() {
        assert_eq!(parse_fragment("#tym2.AAAA"), Err(ShareError::NewerVersion));
        assert_eq!(parse_fragment("#tym13e.AAAA"), Err(ShareError::NewerVersion));
        assert_eq!(parse_fragment("#tym0.AAAA"), Err(ShareError::NotALink));
        assert_eq!(parse_fragment("#tymfoo"), Err(ShareError::NotALink));
    }
}
