// Sinergi: helpers shared by the Cockpit plugins. Plain DOM, no build step; values always go in as text,
// never as HTML. The staff API is called with the Cockpit session (reads need nothing more).

export const API = '/api/staff';

/** An element with attributes and children; text always goes in as text. */
export function el(tag, attributes, ...children) {
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

export async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    const error = new Error('HTTP ' + response.status);
    error.status = response.status;
    try {
      error.problem = await response.json();
    } catch (notJson) {
      error.problem = {};
    }
    throw error;
  }
  return response.json();
}

export const STAGES = {
  TRIAGE: 'Verifikasi laporan',
  OUTREACH: 'Sosialisasi',
  INSPECTION: 'Pemeriksaan',
  WARNING_1: 'Teguran pertama',
  WARNING_2: 'Teguran kedua',
  FINE: 'Denda',
  SERVICE_SANCTION: 'Sanksi tidak mendapat pelayanan publik',
  PROSECUTOR: 'Kejaksaan (SKK)',
  COURT: 'Pengadilan',
  CLOSED: 'Selesai'
};

export const AGREEMENT_STAGES = {
  EXPLORATION: 'Penjajakan',
  LEGAL_REVIEW: 'Kajian hukum',
  DRAFTING: 'Penyusunan draf',
  CONCEPT_APPROVAL: 'Persetujuan konsep',
  SIGNING: 'Penandatanganan',
  DATA_EXCHANGE_SETUP: 'Persiapan pertukaran data',
  ACTIVE: 'Berlaku',
  ENDED: 'Berakhir'
};

export const GROUPS = {
  'enforcement-officers': 'Petugas Penegakan Kepatuhan',
  inspectors: 'Pemeriksa',
  legal: 'Hukum',
  managers: 'Manajer',
  'camunda-admin': 'Administrator Camunda',
  partnerships: 'Hubungan Antar Lembaga',
  'signatory-president-director': 'Penanda tangan: Direktur Utama',
  'signatory-director': 'Penanda tangan: Direktur',
  'signatory-regional-deputy': 'Penanda tangan: Deputi Direksi Wilayah',
  'signatory-branch-head': 'Penanda tangan: Kepala Cabang'
};

export const STATUSES = {OPEN: 'Berjalan', CLOSED: 'Selesai', CANCELLED: 'Dibatalkan', ENDED: 'Berakhir',
  PENDING: 'Menunggu', SENT: 'Terkirim', VERIFIED: 'Terverifikasi', REJECTED: 'Ditolak',
  SUPERSEDED: 'Tidak diverifikasi lagi'};

export const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
  'Oktober', 'November', 'Desember'];

export function number(value) {
  return Number(value || 0).toLocaleString('id-ID', {maximumFractionDigits: 0});
}

/** Whole rupiah as Indonesians write it: Rp182.500.000. */
export function rupiah(value) {
  return 'Rp' + number(value);
}

export function dateTime(iso) {
  if (!iso) {
    return '';
  }
  // The branch works in Western Indonesian Time, whatever the browser's clock says.
  return new Date(iso).toLocaleString('id-ID', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta'
  }) + ' WIB';
}

export function date(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = String(iso).split('-').map(Number);
  return day + ' ' + MONTHS[month - 1] + ' ' + year;
}

export function caseFileHref(caseNumber) {
  return '#/sinergi/kasus/' + encodeURIComponent(caseNumber);
}

export function agreementFileHref(agreementId) {
  return '#/sinergi/perjanjian/' + encodeURIComponent(agreementId);
}

/** The API gives absolute paths of Cockpit pages; inside Cockpit only the hash is needed (no reload). */
export function local(href) {
  if (!href) {
    return href;
  }
  const at = href.indexOf('#');
  return at >= 0 && href.startsWith('/camunda/app/cockpit/') ? href.slice(at) : href;
}
