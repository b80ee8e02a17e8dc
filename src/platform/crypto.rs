//! The browser's own compression (CompressionStream, deflate-raw) and cryptography (WebCrypto:
//! PBKDF2-SHA-256 key derivation, AES-256-GCM) for sharing drafts by link or encrypted file. Nothing
//! leaves the page: these are local APIs.

use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use tym_core::share::{IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn get(obj: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(obj, &JsValue::from_str(key))
}

fn call(obj: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(obj, method)?.dyn_into()?;
    f.apply(obj, &args.iter().cloned().collect::<Array>())
}

async fn awaited(v: JsValue) -> Result<JsValue, JsValue> {
    JsFuture::from(v.dyn_into::<js_sys::Promise>()?).await
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn window() -> Result<JsValue, JsValue> {
    web_sys::window().map(JsValue::from).ok_or_else(|| JsValue::from_str("no window"))
}

async fn transform(bytes: &[u8], stream_class: &str) -> Result<Vec<u8>, JsValue> {
    let w = window()?;
    let ctor: Function = get(&w, stream_class)?.dyn_into()?;
    let transformer = Reflect::construct(&ctor, &Array::of1(&JsValue::from_str("deflate-raw")))?;
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))?;
    let stream = call(&blob, "stream", &[])?;
    let piped = call(&stream, "pipeThrough", &[transformer])?;
    let response_ctor: Function = get(&w, "Response")?.dyn_into()?;
    let response = Reflect::construct(&response_ctor, &Array::of1(&piped))?;
    let buf = awaited(call(&response, "arrayBuffer", &[])?).await?;
    Ok(Uint8Array::new(&buf).to_vec())
}

pub async fn compress(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    transform(bytes, "CompressionStream").await
}

/// Why a link's draft could not be inflated.
pub enum Inflate {
    /// It inflates past the limit: reading stopped there.
    TooLarge,
    Failed,
}

/// Inflates `bytes`, reading the stream chunk by chunk and stopping past `max` bytes: a link of a
/// megabyte can hold a gigabyte of zeros, which inflated whole froze the page for 18 s.
pub async fn decompress_limited(bytes: &[u8], max: usize) -> Result<Vec<u8>, Inflate> {
    let failed = |_| Inflate::Failed;
    let w = window().map_err(failed)?;
    let ctor: Function = get(&w, "DecompressionStream").and_then(|c| c.dyn_into()).map_err(failed)?;
    let transformer = Reflect::construct(&ctor, &Array::of1(&JsValue::from_str("deflate-raw"))).map_err(failed)?;
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes))).map_err(failed)?;
    let stream = call(&blob, "stream", &[]).map_err(failed)?;
    let piped = call(&stream, "pipeThrough", &[transformer]).map_err(failed)?;
    let reader = call(&piped, "getReader", &[]).map_err(failed)?;
    let mut out = Vec::new();
    loop {
        let chunk = awaited(call(&reader, "read", &[]).map_err(failed)?).await.map_err(failed)?;
        if get(&chunk, "done").map_err(failed)?.as_bool() == Some(true) {
            return Ok(out);
        }
        let data = Uint8Array::new(&get(&chunk, "value").map_err(failed)?);
        if out.len() + data.length() as usize > max {
            let _ = call(&reader, "cancel", &[]);
            return Err(Inflate::TooLarge);
        }
        out.extend(data.to_vec());
    }
}

pub fn random(n: usize) -> Vec<u8> {
    let mut v = vec![0u8; n];
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = c.get_random_values_with_u8_array(&mut v);
    }
    v
}

async fn key(passphrase: &str, salt: &[u8]) -> Result<JsValue, JsValue> {
    let subtle = get(&get(&window()?, "crypto")?, "subtle")?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let material = awaited(call(
        &subtle,
        "importKey",
        &["raw".into(), raw.into(), "PBKDF2".into(), JsValue::FALSE, usages.into()],
    )?)
    .await?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", JsValue::from(PBKDF2_ITERATIONS)),
        ("hash", "SHA-256".into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", JsValue::from(256))]);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    awaited(call(&subtle, "deriveKey", &[params.into(), material, aes.into(), JsValue::FALSE, usages.into()])?).await
}

/// `salt ‖ iv ‖ ciphertext` of `plain` under a key derived from the passphrase.
pub async fn encrypt(passphrase: &str, plain: &[u8]) -> Result<(Vec<u8>, Vec<u8>, Vec<u8>), JsValue> {
    let (salt, iv) = (random(SALT_BYTES), random(IV_BYTES));
    let k = key(passphrase, &salt).await?;
    let subtle = get(&get(&window()?, "crypto")?, "subtle")?;
    let params = object(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(iv.as_slice()).into())]);
    let ct = awaited(call(&subtle, "encrypt", &[params.into(), k, Uint8Array::from(plain).into()])?).await?;
    Ok((salt, iv, Uint8Array::new(&ct).to_vec()))
}

/// The plaintext, or `Err` when the passphrase is wrong or the data was changed (AES-GCM checks both).
pub async fn decrypt(passphrase: &str, salt: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>, JsValue> {
    let k = key(passphrase, salt).await?;
    let subtle = get(&get(&window()?, "crypto")?, "subtle")?;
    let params = object(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(iv).into())]);
    let pt = awaited(call(&subtle, "decrypt", &[params.into(), k, Uint8Array::from(data).into()])?).await?;
    Ok(Uint8Array::new(&pt).to_vec())
}
