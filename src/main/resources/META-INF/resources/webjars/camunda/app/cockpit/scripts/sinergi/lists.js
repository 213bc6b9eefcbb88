// Sinergi: the lists behind the dashboard's figures. #/sinergi/daftar-kasus?stage=WARNING_1&status=OPEN and
// #/sinergi/daftar-perjanjian?expiringWithinDays=90 read the same query string as GET /api/staff/enforcement-cases
// and GET /api/staff/agreements, show a page of the cases or agreements the figure counts, newest first, and follow
// links.next on "Berikutnya". Each row opens the case file and Cockpit's view of its process instance.

import {AGREEMENT_STAGES, API, STAGES, STATUSES, date, dateTime, el, getJson, local} from './common.js';

const CASE_FILTERS = ['stage', 'route', 'status', 'openedIn', 'closedIn'];
const AGREEMENT_FILTERS = ['stage', 'status', 'expiringWithinDays'];
const ROUTES = {OUTREACH: 'rute imbauan dahulu', INSPECTION: 'rute langsung pemeriksaan',
  UNDECIDED: 'yang rutenya belum ditentukan', UNKNOWN: 'yang rutenya tidak tercatat'};
const PERIODS = {month: 'bulan ini', year: 'tahun ini'};

/** The query string after the route: Cockpit does not pass it to plugins, so it is read from the URL. */
function filtersFromHash(names) {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  const query = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  const filters = new URLSearchParams();
  names.forEach(name => {
    if (query.get(name)) {
      filters.set(name, query.get(name));
    }
  });
  return filters;
}

/** Which figure the list is, in words. */
function caseHeading(filters, stageName) {
  const status = filters.get('status');
  let text = status === 'OPEN' ? 'Kasus berjalan' : status ? 'Kasus ' + (STATUSES[status] || status).toLowerCase() : 'Kasus';
  if (filters.get('stage')) {
    text += ' pada tahap ' + (stageName || STAGES[filters.get('stage')] || filters.get('stage'));
  }
  if (filters.get('route')) {
    text += ' ' + (ROUTES[filters.get('route')] || filters.get('route'));
  }
  if (filters.get('openedIn')) {
    text += ' yang dibuka ' + (PERIODS[filters.get('openedIn')] || filters.get('openedIn'));
  }
  if (filters.get('closedIn')) {
    text += ' yang ditutup ' + (PERIODS[filters.get('closedIn')] || filters.get('closedIn'));
  }
  return text;
}

function agreementHeading(filters) {
  const status = filters.get('status');
  let text = status === 'OPEN' ? 'Perjanjian berjalan' : status ? 'Perjanjian ' + (STATUSES[status] || status).toLowerCase()
    : 'Perjanjian';
  if (filters.get('stage')) {
    text += ' pada tahap ' + (AGREEMENT_STAGES[filters.get('stage')] || filters.get('stage'));
  }
  if (filters.get('expiringWithinDays')) {
    text += ' yang berakhir dalam ' + filters.get('expiringWithinDays') + ' hari';
  }
  return text;
}

function problemText(failure) {
  if (failure.status === 403) {
    return 'Daftar ini hanya untuk manajer dan administrator.';
  }
  if (failure.status === 401) {
    return 'Sesi Anda telah berakhir. Silakan masuk kembali.';
  }
  if (failure.status === 400) {
    return 'Saringan daftar tidak dikenal: ' + ((failure.problem && failure.problem.detail) || '');
  }
  return 'Daftar tidak dapat dimuat. Muat ulang halaman.';
}

function links(row) {
  const file = el('a', {href: local(row.links.caseFile), class: 'sinergi-row-file'}, 'Berkas');
  return row.links.cockpitInstance
    ? [file, ' · ', el('a', {href: local(row.links.cockpitInstance), class: 'sinergi-row-instance'}, 'Instans proses')]
    : [file];
}

function caseTable(rows) {
  return el('table', {class: 'table table-condensed sinergi-case-list'},
    el('thead', {}, el('tr', {}, ['No. kasus', 'Badan usaha', 'Tahap', 'Dibuka', 'Status', ''].map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(row => el('tr', {'data-case': row.caseId},
      el('td', {}, el('a', {href: local(row.links.caseFile), class: 'sinergi-case-link'}, row.caseId)),
      el('td', {}, row.employerName),
      el('td', {}, row.stageName),
      el('td', {}, dateTime(row.reportedAt)),
      el('td', {}, STATUSES[row.status] || row.status),
      el('td', {}, links(row))))));
}

function agreementTable(rows) {
  return el('table', {class: 'table table-condensed sinergi-agreement-list'},
    el('thead', {}, el('tr', {}, ['ID', 'Nomor', 'Judul', 'Mitra', 'Tahap', 'Berakhir', ''].map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(row => el('tr', {'data-agreement': row.agreementId},
      el('td', {}, el('a', {href: local(row.links.caseFile)}, row.agreementId)),
      el('td', {}, row.number || ''),
      el('td', {}, row.title),
      el('td', {}, row.partnerName),
      el('td', {}, row.stageName),
      el('td', {}, date(row.endDate)),
      el('td', {}, links(row))))));
}

/** Shows the list page by page; "Berikutnya" loads links.next in place. */
function listPage(node, {filterNames, path, rowsOf, table, heading}) {
  const filters = filterNames === CASE_FILTERS ? filtersFromHash(CASE_FILTERS) : filtersFromHash(AGREEMENT_FILTERS);
  const title = el('h3', {class: 'sinergi-list-heading'}, heading(filters));
  const body = el('div', {class: 'sinergi-list-body'}, el('p', {class: 'text-muted'}, 'Memuat…'));
  node.replaceChildren(el('div', {class: 'sinergi-list', style: 'padding: 15px 20px; overflow: auto; height: 100%;'},
    el('p', {}, el('a', {href: '#/dashboard'}, '← Dasbor')), title, body));
  let pageNumber = 1;
  const load = url => getJson(url).then(page => {
    const rows = rowsOf(page);
    title.replaceChildren(heading(filters, rows[0]));
    const next = page.links && page.links.next
      ? el('button', {type: 'button', class: 'btn btn-default sinergi-next'}, 'Berikutnya') : null;
    if (next) {
      next.addEventListener('click', () => {
        pageNumber += 1;
        load(page.links.next);
      });
    }
    body.replaceChildren(el('div', {},
      el('p', {class: 'text-muted sinergi-list-page'}, 'Halaman ' + pageNumber),
      rows.length ? table(rows) : el('p', {class: 'text-muted sinergi-list-empty'}, 'Tidak ada.'),
      next));
  }, failure => body.replaceChildren(el('p', {class: 'text-danger'}, problemText(failure))));
  const query = filters.toString();
  load(API + path + (query ? '?' + query : ''));
}

export default [
  {
    id: 'sinergi-case-list',
    pluginPoint: 'cockpit.route',
    properties: {path: '/sinergi/daftar-kasus'},
    render: node => listPage(node, {filterNames: CASE_FILTERS, path: '/enforcement-cases', rowsOf: page => page.cases,
      table: caseTable, heading: (filters, first) => caseHeading(filters, first && first.stageName)})
  },
  {
    id: 'sinergi-agreement-list',
    pluginPoint: 'cockpit.route',
    properties: {path: '/sinergi/daftar-perjanjian'},
    render: node => listPage(node, {filterNames: AGREEMENT_FILTERS, path: '/agreements', rowsOf: page => page.agreements,
      table: agreementTable, heading: filters => agreementHeading(filters)})
  }
];
