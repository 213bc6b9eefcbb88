// Sinergi's Tasklist configuration. It exists to load Sinergi's own Tasklist scripts: a file at this path on
// the application's classpath is served instead of the one in Camunda's webapp jar, so whatever Camunda's
// default set must be restated here (the keyboard shortcuts).
export default {
  // Indonesian only (locales/id.json): Camunda picks the browser's first language if it is listed here, so
  // listing 'en' as well would show English to every browser set to English.
  locales: {availableLocales: ['id'], fallbackLocale: 'id'},

  // Paths relative to app/tasklist/, without ".js". form-messages puts Camunda Forms' validation messages
  // (hard-coded English in form-js) into Indonesian.
  customScripts: ['scripts/task-documents/plugin', 'scripts/form-messages/indonesian'],

  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'klaim tugas yang sedang dipilih'},
    focusFilter: {key: 'ctrl+shift+f', description: 'pindah ke filter pertama'},
    focusList: {key: 'ctrl+alt+l', description: 'pindah ke tugas pertama dalam daftar'},
    focusForm: {key: 'ctrl+alt+f', description: 'pindah ke isian pertama formulir tugas'},
    startProcess: {key: 'ctrl+alt+p', description: 'buka dialog untuk memulai proses'}
  }
};
