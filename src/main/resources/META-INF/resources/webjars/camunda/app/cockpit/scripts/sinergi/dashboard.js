// Sinergi: the branch manager's figures on Cockpit's dashboard (plugin point cockpit.dashboard). It reads
// GET /api/staff/dashboard with the Cockpit session; the server decides who may see the figures (managers and
// administrators). Anyone else gets 403 and the plugin draws nothing. Each figure links to the list behind it
// (lists.js: #/sinergi/daftar-kasus, #/sinergi/daftar-perjanjian), task figures to Tasklist.

import {AGREEMENT_STAGES, API, GROUPS, MONTHS, STAGES, caseFileHref, date, dateTime, el, getJson, local, number,
  rupiah} from './common.js';

const STYLE = 'padding: 10px 15px;';

/** Routes of the DMN enforcement-route (bpmn/enforcement/enforcement-route.dmn), by the names of Gateway_Route's flows. */
const ROUTES = {
  OUTREACH: 'Imbauan dahulu',
  INSPECTION: 'Langsung pemeriksaan',
  UNDECIDED: 'Belum ditentukan (masih verifikasi)',
  UNKNOWN: 'Tidak tercatat (diputus sebelum rute dicatat)',
};

/** A figure: its value (as a link where there is a list behind it) and its label. */
function figure(name, value, label, href) {
  const shown = el('span', {class: 'sinergi-figure-value', 'data-figure': name}, value);
  return el('div', {class: 'sinergi-figure', style: 'display: inline-block; min-width: 150px; margin: 0 20px 10px 0;'},
    el('div', {style: 'font-size: 24px; font-weight: bold;'}, href ? el('a', {href}, shown) : shown),
    el('div', {class: 'text-muted'}, label));
}

function countTable(className, heading, rows, labels) {
  if (!rows.length) {
    return el('p', {class: 'text-muted ' + className}, 'Tidak ada.');
  }
  return el('table', {class: 'table table-condensed ' + className, style: 'width: auto; min-width: 360px;'},
    el('thead', {}, el('tr', {}, el('th', {}, heading), el('th', {style: 'text-align: right;'}, 'Jumlah'))),
    el('tbody', {}, rows.map(row => el('tr', {'data-key': row.key},
      el('td', {}, labels[row.key] || row.key),
      el('td', {style: 'text-align: right;'}, row.href ? el('a', {href: local(row.href)}, number(row.count))
        : number(row.count))))));
}

function section(className, title, ...content) {
  return el('div', {class: 'sinergi-section ' + className, style: 'margin-bottom: 20px;'}, el('h4', {}, title), content);
}

function casesSection(cases) {
  const links = cases.links || {};
  return section('sinergi-cases', 'Kasus penegakan',
    el('div', {},
      figure('enforcementCases.open', number(cases.open), 'kasus berjalan', local(links.open || cases.href)),
      figure('enforcementCases.openedThisMonth', number(cases.openedThisMonth), 'dibuka bulan ini',
        local(links.openedThisMonth || cases.href)),
      figure('enforcementCases.openedThisYear', number(cases.openedThisYear), 'dibuka tahun ini',
        local(links.openedThisYear || cases.href)),
      figure('enforcementCases.closedThisMonth', number(cases.closedThisMonth), 'ditutup bulan ini',
        local(links.closedThisMonth || cases.href)),
      figure('enforcementCases.closedThisYear', number(cases.closedThisYear), 'ditutup tahun ini',
        local(links.closedThisYear || cases.href))),
    el('h5', {}, 'Kasus berjalan per tahap'),
    countTable('sinergi-cases-by-stage', 'Tahap', cases.openByStage, STAGES),
    el('h5', {}, 'Kasus berjalan per rute'),
    countTable('sinergi-cases-by-route', 'Rute', cases.openByRoute || [], ROUTES));
}

function tasksSection(tasks) {
  const steps = tasks.overdueByStep.length
    ? el('table', {class: 'table table-condensed sinergi-overdue-by-step', style: 'width: auto; min-width: 360px;'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Langkah'), el('th', {style: 'text-align: right;'}, 'Jumlah'))),
      el('tbody', {}, tasks.overdueByStep.map(step => el('tr', {},
        el('td', {}, step.name || step.taskDefinitionKey),
        el('td', {style: 'text-align: right;'}, el('a', {href: tasks.href}, number(step.count)))))))
    : el('p', {class: 'text-muted sinergi-overdue-by-step'}, 'Tidak ada.');
  return section('sinergi-tasks', 'Tugas terlambat',
    el('div', {},
      figure('tasks.overdue', number(tasks.overdue), 'tugas melewati tenggat', tasks.href),
      figure('tasks.dueInNextFiveWorkingDays', number(tasks.dueInNextFiveWorkingDays),
        'jatuh tempo dalam 5 hari kerja (sampai ' + date(tasks.dueWindowLastDay) + ')', tasks.href)),
    el('h5', {}, 'Terlambat per kelompok'),
    countTable('sinergi-overdue-by-group', 'Kelompok', tasks.overdueByCandidateGroup, GROUPS),
    el('h5', {}, 'Terlambat per langkah'),
    steps);
}

function moneySection(money, today) {
  const currentMonth = Number(String(today).split('-')[1]) || 12;
  const months = money.months.filter(month => month.month <= currentMonth);
  const columns = ['arrearsEstablished', 'finesImposed', 'finesPaid', 'recovered'];
  const total = key => months.reduce((sum, month) => sum + Number(month[key] || 0), 0);
  const cell = value => el('td', {style: 'text-align: right; white-space: nowrap;'}, rupiah(value));
  return section('sinergi-money', 'Uang tahun ' + money.year + ' per bulan',
    el('table', {class: 'table table-condensed sinergi-money-table', style: 'width: auto;'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Bulan'),
        ['Tunggakan ditetapkan', 'Denda dikenakan', 'Denda dibayar', 'Dipulihkan']
          .map(h => el('th', {style: 'text-align: right;'}, h)))),
      el('tbody', {}, months.map(month => el('tr', {'data-month': month.month},
        el('td', {}, MONTHS[month.month - 1]), columns.map(key => cell(month[key]))))),
      el('tfoot', {}, el('tr', {}, el('th', {}, 'Jumlah'),
        columns.map(key => el('th', {style: 'text-align: right; white-space: nowrap;'}, rupiah(total(key))))))));
}

function agreementsSection(agreements) {
  return section('sinergi-agreements', 'Perjanjian',
    el('div', {}, figure('agreements.expiringInNext90Days', number(agreements.expiringInNext90Days),
      'berakhir dalam 90 hari', local(agreements.expiringHref || agreements.href)),
      figure('agreements.monitoringReportsOpen', number(agreements.monitoringReportsOpen),
        'laporan monev belum dibuat', agreements.href),
      figure('agreements.monitoringReportsOverdue', number(agreements.monitoringReportsOverdue),
        'laporan monev melewati tenggat', agreements.href),
      figure('agreements.partnerResponsesPastReminder', number(agreements.partnerResponsesPastReminder),
        'tanggapan mitra atas draf belum ada setelah pengingat', agreements.href)),
    el('h5', {}, 'Perjanjian berjalan per tahap'),
    countTable('sinergi-agreements-by-stage', 'Tahap', agreements.openByStage, AGREEMENT_STAGES));
}

function apiErrorsTable(rows) {
  if (!rows.length) {
    return el('p', {class: 'text-muted sinergi-api-errors'}, 'Tidak ada.');
  }
  const right = {style: 'text-align: right;'};
  return el('table', {class: 'table table-condensed sinergi-api-errors', style: 'width: auto; min-width: 360px;'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Instansi'), el('th', right, 'Ditolak (4xx)'),
      el('th', right, 'Gagal di server (5xx)'))),
    el('tbody', {}, rows.map(row => el('tr', {'data-key': row.agency},
      el('td', {}, row.agency), el('td', right, number(row.clientErrors)), el('td', right, number(row.serverErrors))))));
}

function agenciesSection(agencies) {
  return section('sinergi-agencies', 'Kasus per instansi (tahun ini)',
    countTable('sinergi-cases-by-agency', 'Instansi pelapor', agencies.casesReportedThisYear, {}),
    el('h5', {}, 'Panggilan API yang ditolak atau gagal (bulan ini)'),
    apiErrorsTable(agencies.apiErrorsThisMonth || []));
}

/** Opens a case's or agreement's file by its number: there is no list of cases to pick from. */
function lookup() {
  const input = el('input', {type: 'text', name: 'recordNumber', class: 'form-control', style: 'width: 260px;',
    placeholder: 'ENF-2026-000017 atau AGR-2026-0007', 'aria-label': 'Nomor kasus atau perjanjian'});
  const form = el('form', {class: 'form-inline sinergi-open-file', style: 'margin-bottom: 20px;'},
    el('label', {style: 'margin-right: 10px;'}, 'Buka berkas kasus atau perjanjian:'), input, ' ',
    el('button', {type: 'submit', class: 'btn btn-default'}, 'Buka berkas'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const value = input.value.trim();
    if (value) {
      window.location.hash = /^AGR-/i.test(value) ? '#/sinergi/perjanjian/' + encodeURIComponent(value)
        : caseFileHref(value);
    }
  });
  return form;
}

function render(node) {
  const root = el('div', {class: 'sinergi-dashboard', style: STYLE}, el('p', {class: 'text-muted'}, 'Memuat angka Sinergi…'));
  node.replaceChildren(root);
  (async () => {
    let figures;
    try {
      figures = await getJson(API + '/dashboard');
    } catch (failure) {
      // Not a manager (403) or no session (401): the figures are not for this user, show nothing.
      if (failure.status === 401 || failure.status === 403) {
        node.replaceChildren();
      } else {
        root.replaceChildren(el('p', {class: 'text-danger'}, 'Angka Sinergi tidak dapat dimuat. Muat ulang halaman.'));
      }
      return;
    }
    root.replaceChildren(
      el('h3', {style: 'margin-top: 0;'}, 'Sinergi: angka cabang'),
      el('p', {class: 'text-muted sinergi-as-of'}, 'Per ' + dateTime(figures.asOf)),
      lookup(),
      casesSection(figures.enforcementCases),
      tasksSection(figures.tasks),
      moneySection(figures.money, figures.today),
      agreementsSection(figures.agreements),
      agenciesSection(figures.agencies));
  })();
}

export default {
  id: 'sinergi-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render
};
