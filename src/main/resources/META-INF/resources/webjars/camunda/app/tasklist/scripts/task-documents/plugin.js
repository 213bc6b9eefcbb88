// Sinergi: the "Dokumen" tab of a Tasklist task. Staff see the documents and letters of the case or
// agreement the task works on and attach a scan or proof where they work, instead of with an HTTP client.
// The server decides everything (who may see the task, the file's type by its content, its size, the
// groups that may attach); this tab only asks and shows the answer in Bahasa Indonesia.
//
// It calls Sinergi's staff API with the Tasklist session. Reads need nothing more; an upload carries the
// session's CSRF token (the XSRF-TOKEN cookie Camunda sets for the webapp) in X-XSRF-TOKEN, as Tasklist's own
// calls do, so a forged cross-site form cannot attach anything. Sinergi runs at the root context, so the API
// is at /api/staff.

const API = '/api/staff';

const KINDS = [
  ['PROOF_OF_PAYMENT', 'Bukti pembayaran'],
  ['SIGNED_COPY', 'Salinan bertanda tangan'],
  ['INSPECTION_RECORD', 'Berita acara/pindaian pemeriksaan'],
  ['OTHER', 'Lainnya']
];
const KIND_LABELS = Object.fromEntries(KINDS);
const FIELD_LABELS = {file: 'Berkas', kind: 'Jenis dokumen', description: 'Keterangan'};

let formCount = 0;

/** An element with attributes and children; text always goes in as text, never as HTML. */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => {
    if (child !== undefined && child !== null) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

/** The token as Camunda last set it: it changes with the session (a new one after logging in). */
function csrfToken(fallback) {
  const cookie = document.cookie.split(';').map(part => part.trim()).find(part => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : fallback;
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch (notJson) {
    return {};
  }
}

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    const error = new Error('HTTP ' + response.status);
    error.status = response.status;
    error.problem = await problemOf(response);
    throw error;
  }
  return response.json();
}

function problemType(problem) {
  return String((problem && problem.type) || '').split('/').pop();
}

function megabytes(bytes) {
  return (bytes / (1024 * 1024)).toLocaleString('id-ID', {maximumFractionDigits: 1}) + ' MB';
}

/** What the server refused, said in Bahasa Indonesia: the server's own detail is written for developers. */
function refusal(status, problem) {
  const type = problemType(problem);
  if (status === 415) {
    return 'Berkas ditolak: isinya bukan PDF, JPEG atau PNG. Jenis berkas dinilai dari isinya, bukan dari nama '
      + 'atau ekstensinya.';
  }
  if (status === 413) {
    const limit = /at most (\d+) bytes/.exec((problem && problem.detail) || '');
    return 'Berkas terlalu besar' + (limit ? ': paling besar ' + megabytes(Number(limit[1])) : '') + '.';
  }
  if (status === 403 && type === 'csrf-token-invalid') {
    return 'Sesi Tasklist tidak dapat diverifikasi. Muat ulang halaman, lalu coba lagi.';
  }
  if (status === 403) {
    return 'Anda tidak berwenang melampirkan dokumen pada kasus atau perjanjian ini.';
  }
  if (status === 401) {
    return 'Sesi Anda telah berakhir. Silakan masuk kembali.';
  }
  if (status === 400) {
    const fields = ((problem && problem.errors) || []).map(error => FIELD_LABELS[error.field] || error.field);
    if (fields.includes('Keterangan')) {
      return 'Keterangan terlalu panjang: paling banyak 500 karakter.';
    }
    return 'Isian tidak sah' + (fields.length ? ': periksa ' + fields.join(', ') : '') + '.';
  }
  if (status === 404) {
    return 'Kasus atau perjanjian ini tidak ditemukan.';
  }
  return 'Unggahan gagal (kode ' + status + '). Coba lagi, atau hubungi administrator bila berulang.';
}

function formatDate(iso) {
  if (!iso) {
    return '';
  }
  // The branch works in Western Indonesian Time, whatever the browser's clock says.
  return new Date(iso).toLocaleString('id-ID', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta'
  }) + ' WIB';
}

function formatSize(bytes) {
  if (bytes === null || bytes === undefined) {
    return '';
  }
  if (bytes < 1024) {
    return bytes + ' B';
  }
  if (bytes < 1024 * 1024) {
    return (bytes / 1024).toLocaleString('id-ID', {maximumFractionDigits: 1}) + ' KB';
  }
  return megabytes(bytes);
}

function uploader(document) {
  if (document.uploaderType === 'AGENCY') {
    return 'Instansi: ' + (document.uploadedBy || '');
  }
  return 'Staf: ' + (document.uploadedBy || '');
}

function link(href, text) {
  return href ? el('a', {href, download: true}, text) : text;
}

function table(className, rows, empty) {
  if (!rows.length) {
    return el('p', {class: 'text-muted ' + className}, empty);
  }
  return el('table', {class: 'table table-condensed ' + className},
    el('thead', {}, el('tr', {}, ['Nama', 'Jenis', 'Tanggal', 'Ukuran', 'Diunggah oleh']
      .map(h => el('th', {style: 'white-space: nowrap;'}, h)))),
    el('tbody', {}, rows));
}

function documentRow(document) {
  return el('tr', {class: 'sinergi-document'},
    el('td', {}, link(document.href, document.fileName),
      document.description ? el('div', {class: 'text-muted small'}, document.description) : null),
    el('td', {}, KIND_LABELS[document.kind] || document.kind),
    el('td', {}, formatDate(document.uploadedAt)),
    el('td', {style: 'white-space: nowrap;'}, formatSize(document.byteSize)),
    el('td', {}, uploader(document)));
}

function letterRow(letter) {
  return el('tr', {class: 'sinergi-letter'},
    el('td', {}, link(letter.href, letter.number)),
    el('td', {}, letter.title || letter.kind),
    el('td', {}, formatDate(letter.issuedAt)),
    el('td', {style: 'white-space: nowrap;'}, formatSize(letter.byteSize)),
    el('td', {}, 'Diterbitkan Sinergi'));
}

function recordName(record) {
  return (record.recordType === 'agreements' ? 'perjanjian ' : 'kasus ') + record.recordId;
}

function uploadForm(onSubmit) {
  const id = 'sinergi-documents-' + (++formCount);
  const file = el('input', {type: 'file', id: id + '-file', name: 'file', accept: '.pdf,.jpg,.jpeg,.png', required: true});
  const kind = el('select', {id: id + '-kind', name: 'kind', class: 'form-control'},
    KINDS.map(([value, label]) => el('option', {value}, label)));
  const description = el('textarea', {id: id + '-description', name: 'description', class: 'form-control', rows: 2,
    maxlength: 500, placeholder: 'Misalnya: bukti setor tunggakan iuran Oktober'});
  const button = el('button', {type: 'submit', class: 'btn btn-primary'}, 'Unggah');
  const form = el('form', {class: 'sinergi-upload', novalidate: true},
    el('h4', {}, 'Lampirkan dokumen'),
    el('div', {class: 'form-group'}, el('label', {for: file.id}, 'Berkas (PDF, JPEG atau PNG)'), file),
    el('div', {class: 'form-group'}, el('label', {for: kind.id}, 'Jenis dokumen'), kind),
    el('div', {class: 'form-group'}, el('label', {for: description.id}, 'Keterangan (tidak wajib)'), description),
    button);
  form.addEventListener('submit', event => {
    event.preventDefault();
    onSubmit({form, file, kind, description, button});
  });
  return form;
}

function render(node, context) {
  const taskId = context.taskId;
  const fallbackToken = context.api && context.api.CSRFToken;
  let documentsUrl = null;

  const title = el('h4', {class: 'sinergi-record'}, 'Dokumen');
  const status = el('div', {class: 'sinergi-status text-muted'}, 'Memuat dokumen…');
  const lists = el('div', {class: 'sinergi-lists'});
  const message = el('div', {class: 'sinergi-message', role: 'status'});
  const root = el('div', {class: 'sinergi-documents', style: 'padding: 10px 15px;'}, title, status, lists);
  node.replaceChildren(root);

  function say(kind, text) {
    message.replaceChildren(el('div', {class: 'alert alert-' + kind}, text));
  }

  async function showDocuments() {
    const listing = await getJson(documentsUrl);
    lists.replaceChildren(
      el('h5', {}, 'Dokumen terlampir'),
      table('sinergi-document-list', listing.documents.map(documentRow), 'Belum ada dokumen terlampir.'),
      el('h5', {}, 'Surat yang diterbitkan'),
      table('sinergi-letter-list', listing.letters.map(letterRow), 'Belum ada surat yang diterbitkan.'));
    status.replaceChildren();
  }

  async function upload({form, file, kind, description, button}) {
    if (!file.files.length) {
      say('warning', 'Pilih berkas terlebih dahulu.');
      return;
    }
    const body = new FormData();
    body.append('file', file.files[0]);
    body.append('kind', kind.value);
    if (description.value.trim()) {
      body.append('description', description.value.trim());
    }
    button.disabled = true;
    say('info', 'Mengunggah…');
    try {
      const response = await fetch(documentsUrl, {
        method: 'POST', body, credentials: 'same-origin',
        headers: {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(fallbackToken)}
      });
      if (!response.ok) {
        say('danger', refusal(response.status, await problemOf(response)));
        return;
      }
      const stored = await response.json();
      form.reset();
      say('success', 'Dokumen ' + stored.fileName + ' tersimpan sebagai ' + (KIND_LABELS[stored.kind] || stored.kind) + '.');
      await showDocuments();
    } catch (failure) {
      say('danger', failure.status ? refusal(failure.status, failure.problem)
        : 'Server tidak dapat dihubungi. Periksa jaringan, lalu coba lagi.');
    } finally {
      button.disabled = false;
    }
  }

  (async () => {
    let record;
    try {
      record = await getJson(API + '/tasks/' + encodeURIComponent(taskId) + '/record');
    } catch (failure) {
      if (failure.status === 404 && problemType(failure.problem) === 'no-record') {
        status.textContent = 'Tugas ini tidak terkait dengan kasus atau perjanjian, jadi tidak ada dokumen untuk ditampilkan.';
      } else if (failure.status === 403 || failure.status === 404) {
        status.textContent = 'Dokumen tugas ini tidak dapat ditampilkan untuk Anda.';
      } else {
        status.textContent = failure.status === 401 ? refusal(401, {}) : 'Dokumen tidak dapat dimuat. Muat ulang halaman.';
      }
      return;
    }
    documentsUrl = record.documentsUrl;
    title.textContent = 'Dokumen ' + recordName(record);
    root.append(message, uploadForm(upload));
    try {
      await showDocuments();
    } catch (failure) {
      status.textContent = failure.status === 403
        ? 'Anda tidak berwenang melihat dokumen ' + recordName(record) + '.'
        : 'Dokumen tidak dapat dimuat. Muat ulang halaman.';
    }
  })();
}

export default {
  id: 'sinergi-task-documents',
  pluginPoint: 'tasklist.task.detail',
  // After Camunda's own tabs (the form comes first).
  priority: 5,
  render,
  properties: {
    label: 'Dokumen'
  }
};
