// Sinergi: Camunda Forms (form-js) validation messages in Bahasa Indonesia.
//
// form-js, which draws the task forms in Tasklist, hard-codes its validation messages in English (Camunda's
// lib/deps.js: "Field is required.", "Field must have minimum length of 3.", ...). Tasklist's locale files do
// not reach them and neither Tasklist nor config.js lets us swap form-js's validator. So this script watches
// the page and rewrites the text of each message form-js puts in a `.fjs-form-field-error` element.
//
// The same goes for the few words form-js writes in its dropdowns: the "Select" placeholder, the "Search"
// box, and the empty-list messages.
//
// It is only a courtesy to the user: the server re-checks every field when the task is completed, whatever
// the browser shows or sends. A message not in the table below stays in English.

const MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have minimum length of (.+)\.$/, n => `Minimal ${n} karakter.`],
  [/^Field must have maximum length of (.+)\.$/, n => `Maksimal ${n} karakter.`],
  [/^Field must have minimum value of (.+)\.$/, n => `Nilai minimal ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Nilai maksimal ${n}.`],
  [/^Field must match pattern (.+)\.$/, p => `Isian harus sesuai pola ${p}.`],
  [/^Field must be a valid email\.$/, () => 'Alamat email tidak valid.'],
  [/^Field must be a valid\s+international phone number\..*$/,
    () => 'Nomor telepon internasional tidak valid (contoh: +6221123456).']
];

/** form-js's dropdown words, by the element that shows them. */
const WORDS = [
  ['.fjs-select-placeholder', {Select: 'Pilih'}],
  ['.fjs-dropdownlist-empty', {'No results': 'Tidak ada hasil', 'All values selected': 'Semua nilai sudah dipilih'}]
];
const PLACEHOLDERS = {Search: 'Cari', Select: 'Pilih'};

function translateWords(root) {
  WORDS.forEach(([selector, words]) => {
    const found = root.matches(selector) ? [root] : Array.from(root.querySelectorAll(selector));
    found.forEach(element => {
      // Rewrite the text node itself: form-js (Preact) keeps a reference to it and updates it on the next render.
      element.childNodes.forEach(node => {
        const indonesian = node.nodeType === Node.TEXT_NODE && words[node.nodeValue.trim()];
        if (indonesian) {
          node.nodeValue = indonesian;
        }
      });
    });
  });
  const inputs = root.matches('.fjs-form input[placeholder]') ? [root] : Array.from(root.querySelectorAll('.fjs-form input[placeholder]'));
  inputs.forEach(input => {
    const indonesian = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (indonesian) {
      input.setAttribute('placeholder', indonesian);
    }
  });
}

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, indonesian] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return indonesian(match[1]);
    }
  }
  return null;
}

function translateWithin(root) {
  if (!(root instanceof Element)) {
    return;
  }
  translateWords(root);
  const errors = root.matches('.fjs-form-field-error') ? [root] : root.querySelectorAll('.fjs-form-field-error');
  errors.forEach(error => {
    // form-js renders <ul><li>TEXT</li></ul>; rewrite only text nodes so its markup stays as it is.
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const indonesian = translate(node.nodeValue);
      if (indonesian !== null) {
        node.nodeValue = indonesian;
      }
    }
  });
}

new MutationObserver(mutations => {
  mutations.forEach(mutation => {
    if (mutation.type === 'characterData') {
      translateWithin(mutation.target.parentElement && mutation.target.parentElement.closest('.fjs-form-field-error'));
      translateWithin(mutation.target.parentElement && mutation.target.parentElement.closest('.fjs-select-placeholder, .fjs-dropdownlist-empty'));
    } else if (mutation.type === 'attributes') {
      translateWithin(mutation.target);
    } else {
      mutation.addedNodes.forEach(node =>
        translateWithin(node.nodeType === Node.TEXT_NODE ? node.parentElement && node.parentElement.closest('.fjs-form-field-error') : node));
    }
  });
}).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['placeholder', 'class']});

// Loaded through config.js customScripts, which expects plugins as the default export: this script adds none.
export default [];
