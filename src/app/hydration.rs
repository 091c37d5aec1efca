//! Attaching to a pre-rendered page in short tasks. Leptos attaches to a page (hydration) in one
//! walk over all of its nodes; on a mid-range phone a page like the explorer took 600 ms of main
//! thread in one piece, so a tap in that moment waited. [`Later`] marks a part of the page the app
//! attaches to in a task of its own: the walk passes over it, and a task queued for it walks it
//! after the browser has had a turn (to paint, to answer a tap). The app answers the reader once
//! every part is attached ([`when_attached`]); until then boot.js keeps what the reader does.
//!
//! Written here because Leptos has no such boundary: its lazy hydration needs code splitting, which
//! Trunk does not do (docs/benchmarks.md). Where the app renders a page itself (not attaching), a
//! [`Later`] part is rendered at once like any other.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::JsCast;

/// The class of the element around a [`Later`] part (`display: contents` in style/app.css, so it
/// changes no layout).
const CLASS: &str = "later";

thread_local! {
    /// Where the walk over the pre-rendered page is, while the app attaches to it: the panic hook
    /// names this node when the page does not match.
    static WALKING: RefCell<Option<Cursor>> = const { RefCell::new(None) };
    /// Parts queued and not yet attached.
    static PENDING: Cell<usize> = const { Cell::new(0) };
    /// What to do once every part is attached.
    static WHEN_ATTACHED: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// Walks `view` over the nodes after `cursor`, noting where the walk is for the panic hook.
pub fn walk<V: RenderHtml>(view: V, cursor: &Cursor, position: &PositionState) -> V::State {
    WALKING.with(|w| *w.borrow_mut() = Some(cursor.clone()));
    let state = view.hydrate::<true>(cursor, position);
    WALKING.with(|w| *w.borrow_mut() = None);
    state
}

/// The node the walk had reached, if the app is attaching to the page (for the panic hook).
pub fn walking_at() -> Option<web_sys::Node> {
    WALKING.with(|w| w.borrow().as_ref().map(Cursor::current))
}

/// Runs `done` once every part of the page is attached: now, or when the last queued part is.
pub fn when_attached(done: impl FnOnce() + 'static) {
    if PENDING.with(Cell::get) == 0 {
        done();
    } else {
        WHEN_ATTACHED.with(|w| *w.borrow_mut() = Some(Box::new(done)));
    }
}

/// A part of the page the app attaches to in a task of its own (see the module's comment). Its
/// children are rendered inside a `<div class="later">`, which changes no layout.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    LaterView { children }
}

/// The view of [`Later`].
pub struct LaterView {
    children: Children,
}

/// A [`Later`] part in the page: its element, and its children once rendered or attached.
pub struct LaterState {
    el: web_sys::Element,
    inner: Rc<RefCell<Option<<AnyView as Render>::State>>>,
}

impl Mountable for LaterState {
    fn unmount(&mut self) {
        self.el.remove();
    }

    fn mount(&mut self, parent: &web_sys::Element, marker: Option<&web_sys::Node>) {
        let _ = parent.insert_before(&self.el, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match self.el.parent_element() {
            Some(parent) => {
                child.mount(&parent, Some(&self.el));
                true
            }
            None => false,
        }
    }

    fn elements(&self) -> Vec<web_sys::Element> {
        vec![self.el.clone()]
    }
}

impl Render for LaterView {
    type State = LaterState;

    fn build(self) -> LaterState {
        let el = document().create_element("div").expect("a div");
        el.set_class_name(CLASS);
        let mut inner = (self.children)().build();
        inner.mount(&el, None);
        LaterState { el, inner: Rc::new(RefCell::new(Some(inner))) }
    }

    fn rebuild(self, state: &mut LaterState) {
        let view = (self.children)();
        let mut inner = state.inner.borrow_mut();
        match inner.as_mut() {
            Some(old) => view.rebuild(old),
            None => {
                // Rendered again before its queued attaching: the queued task leaves it alone.
                state.el.set_text_content(None);
                let mut new = view.build();
                new.mount(&state.el, None);
                *inner = Some(new);
            }
        }
    }
}

impl AddAnyAttr for LaterView {
    type Output<SomeNewAttr: Attribute> = LaterView;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr> {
        self
    }
}

impl RenderHtml for LaterView {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        buf.push_str("<div class=\"");
        buf.push_str(CLASS);
        buf.push_str("\">");
        let mut inside = Position::FirstChild;
        (self.children)().to_html_with_buf(buf, &mut inside, escape, mark_branches, Vec::new());
        buf.push_str("</div>");
        *position = Position::NextChild;
    }

    fn hydrate<const FROM_SERVER: bool>(self, cursor: &Cursor, position: &PositionState) -> LaterState {
        match position.get() {
            Position::FirstChild => cursor.child(),
            Position::Current => {}
            _ => cursor.sibling(),
        }
        let Ok(el) = cursor.current().dyn_into::<web_sys::Element>() else {
            panic!("the page has no element where a part attached later starts");
        };
        position.set(Position::NextChild);
        let inner = Rc::new(RefCell::new(None));
        attach_later(el.clone(), self.children, Rc::clone(&inner));
        LaterState { el, inner }
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

/// Queues the attaching of `children` to the nodes inside `el`, in a task of its own, with the
/// reactive owner of now (so the part sees the contexts it was placed in).
fn attach_later(el: web_sys::Element, children: Children, slot: Rc<RefCell<Option<<AnyView as Render>::State>>>) {
    let owner = Owner::current();
    PENDING.with(|p| p.set(p.get() + 1));
    leptos::task::spawn_local(async move {
        crate::app::data::next_task().await;
        if slot.borrow().is_none() {
            let attach = || {
                let cursor = Cursor::new(el.clone());
                walk(children(), &cursor, &PositionState::new(Position::FirstChild))
            };
            let state = match &owner {
                Some(owner) => owner.with(attach),
                None => attach(),
            };
            *slot.borrow_mut() = Some(state);
        }
        let left = PENDING.with(|p| {
            p.set(p.get() - 1);
            p.get()
        });
        if left == 0 {
            if let Some(done) = WHEN_ATTACHED.with(|w| w.borrow_mut().take()) {
                done();
            }
        }
    });
}
