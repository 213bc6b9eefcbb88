// Sinergi: the case file in Cockpit. Three views of the same thing: a page per case (#/sinergi/kasus/<number>)
// and per agreement (#/sinergi/perjanjian/<id>), a "Berkas kasus" tab on a running process instance (which asks
// the server which case or agreement the instance works on) and a header entry that opens a file by its number.
// Everything comes from the staff API with the Cockpit session: the case file (timeline, figures, notes) and
// the record's documents and letters with their download links. The server decides who may read what.

import {AGREEMENT_STAGES, API, STAGES, STATUSES, agreementFileHref, caseFileHref, date, dateTime, el, getJson, number,
  rupiah} from './common.js';

const CASES = 'enforcement-cases';
const AGREEMENTS = 'agreements';

const EVENTS = {
  PROPOSED: 'Diusulkan', STAGE: 'Tahap', STEP: 'Langkah', COMPLIANCE_REPORT: 'Laporan kepatuhan',
  PARTNER_RESPONSE: 'Jawaban mitra', FINE_IMPOSED: 'Denda dikenakan', SANCTION_REQUESTED: 'Sanksi diminta',
  SANCTION_LIFTED: 'Sanksi dicabut', LETTER: 'Surat', ENDED: 'Berakhir', CANCELLED: 'Dibatalkan'
};
const DOCUMENT_KINDS = {PROOF_OF_PAYMENT: 'Bukti pembayaran', SIGNED_COPY: 'Salinan bertanda tangan',
  INSPECTION_RECORD: 'Berita acara/pindaian pemeriksaan', OTHER: 'Lainnya'};

/** Indonesian labels of the file's fields; a field without one is shown under its own name. */
const LABELS = {
  name: 'Nama', nib: 'NIB', npwp: 'NPWP', address: 'Alamat', email: 'Surel', sizeClass: 'Skala usaha',
  type: 'Jenis', workersAffected: 'Pekerja terdampak', arrearsAmount: 'Tunggakan dilaporkan',
  monthsInArrears: 'Bulan menunggak', description: 'Uraian', place: 'Tempat', establishedArrears: 'Tunggakan ditetapkan',
  amount: 'Jumlah', imposedAt: 'Dikenakan', paidAt: 'Dibayar', status: 'Status', total: 'Total', signedOn: 'Ditandatangani',
  requestedAt: 'Diminta', office: 'Kantor', decision: 'Keputusan', services: 'Layanan', effectiveFrom: 'Berlaku sejak',
  liftedAt: 'Dicabut', kind: 'Jenis', filedAt: 'Didaftarkan', judgment: 'Putusan', scheduledAt: 'Dijadwalkan',
  level: 'Tingkat', bpjsSignatory: 'Penanda tangan BPJS Kesehatan', bpjsSignedOn: 'Ditandatangani BPJS Kesehatan',
  partnerSignatory: 'Penanda tangan mitra', partnerSignedOn: 'Ditandatangani mitra', contactName: 'Kontak mitra',
  contactEmail: 'Surel kontak mitra', bpjsContactName: 'Kontak BPJS Kesehatan', bpjsContactEmail: 'Surel kontak BPJS Kesehatan',
  agencyId: 'Instansi'
};
/** Fields in whole rupiah; every other number is a count or an identifier. */
const MONEY = new Set(['amount', 'arrearsAmount', 'establishedArrears', 'total', 'amountPaid', 'paidAmount', 'fineAmount',
  'foundArrearsAmount', 'revisedArrearsAmount', 'finalArrearsAmount', 'answerPaidAmount', 'recoveredAmount', 'awardedAmount',
  'executedAmount', 'skkClaimAmount']);
/** Codes the file holds, in Indonesian. */
const CODES = {
  MICRO: 'Mikro', SMALL: 'Kecil', MEDIUM: 'Menengah', LARGE: 'Besar',
  UNREGISTERED: 'Belum mendaftarkan diri dan pekerjanya',
  PARTIALLY_REGISTERED: 'Mendaftarkan sebagian pekerja, anggota keluarga atau upah',
  CONTRIBUTION_ARREARS: 'Menunggak iuran',
  AGENCY_API: 'Laporan instansi melalui API', DATA_MATCHING: 'Pemadanan data', INSPECTION_FINDING: 'Temuan pemeriksaan',
  WORKER_COMPLAINT: 'Pengaduan pekerja', PARTNER_LETTER: 'Surat mitra',
  // Outcomes of a case and of an agreement.
  REJECTED_UNFOUNDED: 'Ditolak: laporan tidak berdasar', REJECTED_DUPLICATE: 'Ditolak: duplikat', COMPLIED: 'Patuh',
  PAID_IN_FULL: 'Lunas', PAYMENT_AGREEMENT: 'Kesepakatan pembayaran', UNCOLLECTABLE: 'Tidak tertagih',
  JUDGMENT_PAID: 'Putusan dibayar', WRITTEN_OFF: 'Piutang dihapus',
  STOPPED_AT_EXPLORATION: 'Tidak dilanjutkan saat penjajakan', STOPPED_AT_DRAFTING: 'Dihentikan saat penyusunan draf',
  EXPIRED: 'Berakhir sesuai jangka waktu', TERMINATED: 'Diakhiri atas kesepakatan bersama',
  // Compliance reports: what was reported, and who entered it.
  WORKERS_REGISTERED: 'Pekerja didaftarkan', DATA_COMPLETED: 'Data dilengkapi', ARREARS_PAID: 'Tunggakan iuran dibayar',
  FINE_PAID: 'Denda dibayar', INSTALMENT_PAID: 'Angsuran dibayar', INSTALMENT_AGREED: 'Rencana angsuran ditandatangani',
  STAFF: 'Petugas', AGENCY: 'Instansi', INSPECTION: 'Pemeriksaan',
  // Decisions recorded by the steps.
  ACCEPT: 'Diterima', APPROVE: 'Disetujui', SEND_BACK: 'Dikembalikan', NOT_YET: 'Belum terdaftar',
  CONTINUE: 'Tetap menunggu', STOP_DRAFTING: 'Penyusunan dihentikan', SUE: 'Gugat'
};

function problemText(failure, what) {
  if (failure.status === 403) {
    return 'Anda tidak berwenang melihat ' + what + '.';
  }
  if (failure.status === 404) {
    return what.charAt(0).toUpperCase() + what.slice(1) + ' tidak ditemukan.';
  }
  if (failure.status === 401) {
    return 'Sesi Anda telah berakhir. Silakan masuk kembali.';
  }
  return 'Berkas tidak dapat dimuat. Muat ulang halaman.';
}

function value(key, raw) {
  if (raw === null || raw === undefined || raw === '') {
    return null;
  }
  if (key === 'npwp' && typeof raw === 'string' && /^\d{15}$/.test(raw)) {
    // As printed on the taxpayer card; the 16-digit NPWP (the NIK) has no dotted form.
    return raw.replace(/^(\d{2})(\d{3})(\d{3})(\d)(\d{3})(\d{3})$/, '$1.$2.$3.$4-$5.$6');
  }
  if (typeof raw === 'boolean') {
    return raw ? 'Ya' : 'Tidak';
  }
  if (typeof raw === 'number') {
    return MONEY.has(key) ? rupiah(raw) : number(raw);
  }
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw)) {
    return dateTime(raw);
  }
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    return date(raw);
  }
  if (Array.isArray(raw)) {
    return raw.map(item => (typeof item === 'object' ? JSON.stringify(item) : item)).join(', ');
  }
  if (typeof raw === 'object') {
    return JSON.stringify(raw);
  }
  return String(STATUSES[raw] || CODES[raw] || raw);
}

/** A definition list of label → value pairs, leaving out empty values. */
function facts(className, pairs) {
  const rows = pairs.filter(([, shown]) => shown !== null && shown !== undefined && shown !== '');
  return el('dl', {class: 'dl-horizontal ' + className},
    rows.flatMap(([label, shown]) => [el('dt', {}, label), el('dd', {}, shown)]));
}

function objectFacts(className, object) {
  if (!object) {
    return null;
  }
  return facts(className, Object.entries(object).filter(([, raw]) => typeof raw !== 'object' || raw === null)
    .map(([key, raw]) => [LABELS[key] || key, value(key, raw)]));
}

function block(title, ...content) {
  const present = content.flat().filter(Boolean);
  return present.length ? el('div', {class: 'sinergi-block'}, el('h4', {}, title), present) : null;
}

/** The server writes stage codes into the summary; show the stage's Indonesian name instead. */
function summary(event) {
  const stage = STAGES[event.activityId] || AGREEMENT_STAGES[event.activityId];
  return event.type === 'STAGE' && stage ? 'Masuk tahap ' + stage : event.summary;
}

function timeline(events) {
  if (!events.length) {
    return el('p', {class: 'text-muted'}, 'Belum ada peristiwa.');
  }
  return el('table', {class: 'table table-condensed sinergi-timeline'},
    el('thead', {}, el('tr', {}, ['Waktu', 'Peristiwa', 'Oleh', 'Keputusan dan isian', 'Catatan']
      .map(h => el('th', {}, h)))),
    el('tbody', {}, events.map(event => el('tr', {class: 'sinergi-event', 'data-type': event.type},
      el('td', {style: 'white-space: nowrap;'}, dateTime(event.at)),
      el('td', {}, el('strong', {}, EVENTS[event.type] || event.type), el('div', {}, summary(event))),
      el('td', {}, event.actor ? (event.actorType === 'AGENCY' ? 'Instansi: ' : '') + event.actor
        : (event.actorType === 'SYSTEM' ? 'Sistem' : '')),
      el('td', {}, event.decision ? el('div', {}, value('decision', event.decision)) : null,
        event.facts ? Object.entries(event.facts).map(([key, raw]) =>
          el('div', {class: 'small text-muted'}, (LABELS[key] || key) + ': ' + (value(key, raw) ?? '–'))) : null),
      el('td', {}, event.notes || '')))));
}

function notes(entries) {
  if (!entries.length) {
    return el('p', {class: 'text-muted'}, 'Belum ada catatan.');
  }
  return el('ul', {class: 'list-unstyled sinergi-notes'}, entries.map(note => el('li', {style: 'margin-bottom: 8px;'},
    el('div', {class: 'small text-muted'}, dateTime(note.at) + ' · ' + (note.author || '') + ' · ' + note.step),
    el('div', {}, note.text))));
}

function documents(listing) {
  const letterRows = listing.letters.map(letter => el('tr', {class: 'sinergi-letter'},
    el('td', {}, letter.href ? el('a', {href: letter.href, download: true}, letter.number) : letter.number),
    el('td', {}, letter.title || letter.kind), el('td', {}, dateTime(letter.issuedAt)), el('td', {}, 'Diterbitkan Sinergi')));
  const documentRows = listing.documents.map(document => el('tr', {class: 'sinergi-document'},
    el('td', {}, el('a', {href: document.href, download: true}, document.fileName),
      document.description ? el('div', {class: 'small text-muted'}, document.description) : null),
    el('td', {}, DOCUMENT_KINDS[document.kind] || document.kind), el('td', {}, dateTime(document.uploadedAt)),
    el('td', {}, (document.uploaderType === 'AGENCY' ? 'Instansi: ' : 'Staf: ') + (document.uploadedBy || ''))));
  const rows = [...letterRows, ...documentRows];
  if (!rows.length) {
    return el('p', {class: 'text-muted'}, 'Belum ada surat atau dokumen.');
  }
  return el('table', {class: 'table table-condensed sinergi-documents'},
    el('thead', {}, el('tr', {}, ['Nomor atau nama', 'Jenis', 'Tanggal', 'Dari'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

function caseSummary(file) {
  return [
    facts('sinergi-summary', [
      ['Status', value('status', file.status)], ['Tahap', STAGES[file.stage] || file.stage], ['Hasil', value('outcome', file.outcome)],
      ['Sumber', value('source', file.source)], ['Dilaporkan oleh', file.reportingAgency ? 'Instansi: ' + file.reportingAgency : file.reportedBy],
      ['Referensi', file.reference], ['Dibuka', dateTime(file.reportedAt)], ['Ditutup', dateTime(file.closedAt)],
      ['Kabupaten/kota', file.employerDistrict], ['Kejaksaan', file.prosecutorOffice]]),
    block('Pemberi kerja', objectFacts('sinergi-employer', file.employer)),
    block('Pelanggaran', objectFacts('sinergi-violation', file.violation)),
    block('Pemeriksaan', objectFacts('sinergi-inspection', file.inspection)),
    block('Denda', objectFacts('sinergi-fine', file.fine)),
    block('Rencana angsuran', objectFacts('sinergi-instalments', file.instalmentPlan)),
    block('Sanksi layanan publik', objectFacts('sinergi-sanction', file.sanction)),
    block('Pengadilan', objectFacts('sinergi-court', file.court)),
    block('Laporan kepatuhan', file.complianceReports.length ? el('table', {class: 'table table-condensed'},
      el('thead', {}, el('tr', {}, ['Tanggal', 'Jenis', 'Jumlah', 'Dari', 'Status'].map(h => el('th', {}, h)))),
      el('tbody', {}, file.complianceReports.map(report => el('tr', {},
        el('td', {}, date(report.date)), el('td', {}, value('kind', report.kind)),
        el('td', {}, report.amountPaid !== null && report.amountPaid !== undefined ? rupiah(report.amountPaid) : ''),
        el('td', {}, report.reportingAgency ? 'Instansi: ' + report.reportingAgency : (report.recordedBy || value('source', report.source) || '')),
        el('td', {}, value('status', report.status)))))) : null),
    block('Pembatalan', objectFacts('sinergi-cancellation', file.cancellation))
  ];
}

function agreementSummary(file) {
  return [
    facts('sinergi-summary', [
      ['Judul', file.title], ['Nomor', file.number], ['Jenis', file.kind], ['MOU induk', file.parentMouNumber],
      ['Status', value('status', file.status)], ['Tahap', AGREEMENT_STAGES[file.stage] || file.stage], ['Hasil', value('outcome', file.outcome)],
      ['Ruang lingkup', file.scope], ['Tujuan', (file.purposes || []).join(', ')], ['Jangka waktu', file.termYears + ' tahun'],
      ['Berlaku', date(file.startDate)], ['Berakhir', date(file.endDate)], ['Diusulkan oleh', file.proposedBy],
      ['Memperbarui', file.renewalOf], ['Pertukaran data', file.dataExchangeStatus], ['Mekanisme', file.exchangeMechanism],
      ['Diusulkan', dateTime(file.createdAt)]]),
    block('Mitra', objectFacts('sinergi-partner', file.partner)),
    block('Tanda tangan', objectFacts('sinergi-signatures', file.signatures)),
    block('Pembatalan', objectFacts('sinergi-cancellation', file.cancellation))
  ];
}

/** Draws the whole file of one case or agreement into the container. */
function showFile(container, recordType, recordId, options = {}) {
  const isCase = recordType === CASES;
  const what = (isCase ? 'berkas kasus ' : 'berkas perjanjian ') + recordId;
  const title = el('h3', {class: 'sinergi-file-title', style: 'margin-top: 0;'},
    (isCase ? 'Berkas kasus ' : 'Berkas perjanjian ') + recordId);
  const status = el('p', {class: 'text-muted sinergi-status'}, 'Memuat berkas…');
  container.replaceChildren(title, status);
  const base = API + '/' + recordType + '/' + encodeURIComponent(recordId);
  (async () => {
    let file;
    let listing;
    try {
      [file, listing] = await Promise.all([getJson(base + '/file'), getJson(base + '/documents')]);
    } catch (failure) {
      status.textContent = problemText(failure, what);
      status.className = 'text-danger sinergi-status';
      return;
    }
    const subtitle = isCase ? (file.employer && file.employer.name) : file.partner && file.partner.name;
    status.replaceChildren();
    container.append(...[
      subtitle ? el('p', {class: 'lead sinergi-subtitle'}, subtitle) : null,
      options.link ? el('p', {}, el('a', {href: options.link}, 'Buka sebagai halaman')) : null,
      el('div', {class: 'row'},
        el('div', {class: 'col-md-5'}, isCase ? caseSummary(file) : agreementSummary(file)),
        el('div', {class: 'col-md-7'},
          el('h4', {}, 'Surat dan dokumen'), documents(listing),
          el('h4', {}, 'Catatan'), notes(file.notes))),
      el('h4', {}, 'Riwayat (siapa melakukan apa dan kapan)'),
      timeline(file.timeline)].filter(Boolean));
  })();
}

function openForm() {
  const input = el('input', {type: 'text', name: 'recordNumber', class: 'form-control', style: 'width: 260px;',
    placeholder: 'ENF-2026-000017 atau AGR-2026-0007', 'aria-label': 'Nomor kasus atau perjanjian'});
  const form = el('form', {class: 'form-inline sinergi-open-file'}, input, ' ',
    el('button', {type: 'submit', class: 'btn btn-primary'}, 'Buka berkas'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const number = input.value.trim();
    if (number) {
      window.location.hash = /^AGR-/i.test(number) ? agreementFileHref(number) : caseFileHref(number);
    }
  });
  return form;
}

/** The route's parameter: Cockpit does not pass route parameters to plugins, so it is read from the URL. */
function fromHash(pattern) {
  const match = pattern.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function page(node, recordType, pattern) {
  const container = el('div', {class: 'sinergi-case-file', style: 'padding: 15px 20px; overflow: auto; height: 100%;'});
  const recordId = fromHash(pattern);
  node.replaceChildren(el('div', {class: 'sinergi-page'}, container));
  showFile(container, recordType, recordId);
}

export default [
  {
    id: 'sinergi-case-file-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 60,
    checkActive: path => /\/sinergi\//.test(path),
    render(node) {
      node.replaceChildren(el('a', {href: '#/sinergi/berkas'}, 'Berkas kasus'));
    }
  },
  {
    id: 'sinergi-case-file-lookup',
    pluginPoint: 'cockpit.route',
    properties: {path: '/sinergi/berkas'},
    render(node) {
      node.replaceChildren(el('div', {class: 'sinergi-case-file', style: 'padding: 15px 20px;'},
        el('h3', {}, 'Berkas kasus dan perjanjian'),
        el('p', {}, 'Masukkan nomor kasus (ENF-…) atau ID perjanjian (AGR-…). Berkas kasus yang sedang berjalan juga '
          + 'dapat dibuka dari tab "Berkas kasus" pada instans prosesnya.'),
        openForm()));
    }
  },
  {
    id: 'sinergi-case-file-page',
    pluginPoint: 'cockpit.route',
    properties: {path: '/sinergi/kasus/:caseNumber'},
    render: node => page(node, CASES, /#\/sinergi\/kasus\/([^/?]+)/)
  },
  {
    id: 'sinergi-agreement-file-page',
    pluginPoint: 'cockpit.route',
    properties: {path: '/sinergi/perjanjian/:agreementId'},
    render: node => page(node, AGREEMENTS, /#\/sinergi\/perjanjian\/([^/?]+)/)
  },
  {
    id: 'sinergi-case-file-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 5,
    properties: {label: 'Berkas kasus'},
    render(node, {processInstanceId}) {
      const container = el('div', {class: 'sinergi-case-file', style: 'padding: 10px 15px;'},
        el('p', {class: 'text-muted'}, 'Memuat…'));
      node.replaceChildren(container);
      getJson(API + '/process-instances/' + encodeURIComponent(processInstanceId) + '/record').then(record => {
        showFile(container, record.recordType, record.recordId, {link: record.recordType === CASES
          ? caseFileHref(record.recordId) : agreementFileHref(record.recordId)});
      }, failure => {
        const text = failure.status === 404 && failure.problem && String(failure.problem.type || '').endsWith('no-record')
          ? 'Instans proses ini tidak terkait dengan kasus atau perjanjian.'
          : problemText(failure, 'berkas instans proses ini');
        container.replaceChildren(el('p', {class: 'text-muted'}, text));
      });
    }
  }
];
