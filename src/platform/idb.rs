//! A minimal IndexedDB client: open the app's database, get, put, delete and list string values.
//! Values are JSON text made by the core (`library::DraftRecord`), so nothing here knows the model.
//! A put resolves only when its transaction has completed, so a resolved save is on disk.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "tym-workbench";
const DB_VERSION: u32 = 1;
pub const DRAFTS: &str = "drafts";
pub const META: &str = "meta";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No IndexedDB in this browser (or it is blocked, as in some private modes).
    Unavailable,
    /// The browser refused the write for lack of space.
    Quota,
    Failed(String),
}

fn error_of(v: JsValue) -> StorageError {
    let name = v.dyn_ref::<web_sys::DomException>().map(|e| e.name()).unwrap_or_default();
    if name == "QuotaExceededError" {
        StorageError::Quota
    } else if let Some(e) = v.dyn_ref::<web_sys::DomException>() {
        StorageError::Failed(format!("{}: {}", e.name(), e.message()))
    } else if let Some(e) = v.dyn_ref::<js_sys::Error>() {
        StorageError::Failed(String::from(e.message()))
    } else {
        StorageError::Failed(v.as_string().unwrap_or_else(|| "IndexedDB".into()))
    }
}

/// Resolves with the request's result, or rejects with its error.
async fn request(req: &IdbRequest) -> Result<JsValue, StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let err_req = req.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok_req.result().unwrap_or(JsValue::UNDEFINED));
        });
        let err = Closure::once_into_js(move |_: web_sys::Event| {
            let e = err_req.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(error_of)
}

/// Resolves when the transaction has committed, rejects when it failed or was aborted.
async fn committed(tx: &IdbTransaction) -> Result<(), StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let err_tx = tx.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let reject2 = reject.clone();
        let err_tx2 = tx.clone();
        let err = Closure::once_into_js(move |_: web_sys::Event| {
            let e = err_tx.error().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        let abort = Closure::once_into_js(move |_: web_sys::Event| {
            let e = err_tx2.error().map(JsValue::from).unwrap_or_else(|| JsValue::from_str("aborted"));
            let _ = reject2.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onerror(Some(err.unchecked_ref()));
        tx.set_onabort(Some(abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(error_of)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Db(IdbDatabase);

/// The range of string keys that start with `prefix`.
fn starting(prefix: &str) -> Option<JsValue> {
    let end = format!("{prefix}\u{ffff}");
    web_sys::IdbKeyRange::bound(&JsValue::from_str(prefix), &JsValue::from_str(&end)).ok().map(JsValue::from)
}

thread_local! {
    /// The database this tab opened, shared by the library and the journal's copy.
    static SHARED: std::cell::RefCell<Option<Db>> = const { std::cell::RefCell::new(None) };
}

/// The app's database, opened once per tab.
pub async fn shared() -> Result<Db, StorageError> {
    if let Some(db) = SHARED.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let db = open().await?;
    SHARED.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// The shared database if this tab has opened it.
pub fn opened() -> Option<Db> {
    SHARED.with(|d| d.borrow().clone())
}

/// Closes the shared database, so that it can be deleted.
pub fn close_shared() {
    if let Some(db) = SHARED.with(|d| d.borrow_mut().take()) {
        db.0.close();
    }
}

pub async fn open() -> Result<Db, StorageError> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(StorageError::Unavailable)?;
    let req = factory.open_with_u32(DB_NAME, DB_VERSION).map_err(|_| StorageError::Unavailable)?;
    let upgrade = Closure::once_into_js(move |e: web_sys::IdbVersionChangeEvent| {
        let Some(db) = e
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
        else {
            return;
        };
        let names = db.object_store_names();
        for store in [DRAFTS, META] {
            if !names.contains(store) {
                let _ = db.create_object_store(store);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = request(&req).await?.dyn_into::<IdbDatabase>().map_err(|_| StorageError::Unavailable)?;
    Ok(Db(db))
}

impl Db {
    fn store(
        &self,
        name: &str,
        mode: IdbTransactionMode,
    ) -> Result<(IdbTransaction, web_sys::IdbObjectStore), StorageError> {
        let tx = self.0.transaction_with_str_and_mode(name, mode).map_err(error_of)?;
        let store = tx.object_store(name).map_err(error_of)?;
        Ok((tx, store))
    }

    pub async fn get(&self, store: &str, key: &str) -> Result<Option<String>, StorageError> {
        let (_, s) = self.store(store, IdbTransactionMode::Readonly)?;
        let v = request(&s.get(&JsValue::from_str(key)).map_err(error_of)?).await?;
        Ok(v.as_string())
    }

    pub async fn put(&self, store: &str, key: &str, value: &str) -> Result<(), StorageError> {
        let (tx, s) = self.store(store, IdbTransactionMode::Readwrite)?;
        s.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key)).map_err(error_of)?;
        committed(&tx).await
    }

    /// Puts values in one transaction, without waiting for the commit. Read-write transactions on
    /// one store run in the order they are made, so such writes land in order.
    pub fn put_all_soon(&self, store: &str, values: &[(String, &str)]) {
        if let Ok((_, s)) = self.store(store, IdbTransactionMode::Readwrite) {
            for (key, value) in values {
                let _ = s.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key));
            }
        }
    }

    /// Deletes every key that starts with `prefix`, without waiting for the commit.
    pub fn delete_soon(&self, store: &str, prefix: &str) {
        if let (Ok((_, s)), Some(range)) = (self.store(store, IdbTransactionMode::Readwrite), starting(prefix)) {
            let _ = s.delete(&range);
        }
    }

    /// The keys and values of a store whose keys start with `prefix`.
    pub async fn entries(&self, store: &str, prefix: &str) -> Result<Vec<(String, String)>, StorageError> {
        let range = starting(prefix).ok_or(StorageError::Unavailable)?;
        // Both in one transaction, so that they see the same store. The second request's handler is
        // set in a microtask after the first's success, before its own success task runs.
        let (_, s) = self.store(store, IdbTransactionMode::Readonly)?;
        let (keys, values) =
            (s.get_all_keys_with_key(&range).map_err(error_of)?, s.get_all_with_key(&range).map_err(error_of)?);
        let (keys, values) = (request(&keys).await?, request(&values).await?);
        let (keys, values) = (js_sys::Array::from(&keys), js_sys::Array::from(&values));
        Ok(keys.iter().zip(values.iter()).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
    }

    pub async fn delete(&self, store: &str, key: &str) -> Result<(), StorageError> {
        let (tx, s) = self.store(store, IdbTransactionMode::Readwrite)?;
        s.delete(&JsValue::from_str(key)).map_err(error_of)?;
        committed(&tx).await
    }

    pub async fn all(&self, store: &str) -> Result<Vec<String>, StorageError> {
        let (_, s) = self.store(store, IdbTransactionMode::Readonly)?;
        let v = request(&s.get_all().map_err(error_of)?).await?;
        Ok(js_sys::Array::from(&v).iter().filter_map(|x| x.as_string()).collect())
    }
}

/// Deletes the whole database ("delete all local data").
pub async fn delete_database() -> Result<(), StorageError> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(StorageError::Unavailable)?;
    let req = factory.delete_database(DB_NAME).map_err(error_of)?;
    request(&req).await.map(|_| ())
}
