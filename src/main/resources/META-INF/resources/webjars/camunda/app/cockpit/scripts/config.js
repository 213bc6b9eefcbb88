// Sinergi's Cockpit configuration. A file at this path on the application's classpath is served instead of the
// one in Camunda's webapp jar (which holds only comments), so nothing of Camunda's is lost by replacing it.
// It makes Cockpit Indonesian and loads Sinergi's Cockpit plugins.
export default {
  // Indonesian only (locales/id.json): Camunda picks the browser's first language if it is listed here, so
  // listing 'en' as well would show English to every browser set to English.
  locales: {availableLocales: ['id'], fallbackLocale: 'id'},

  // Paths relative to app/cockpit/, without ".js". Each is an ES module whose default export is a plugin
  // or a list of plugins.
  customScripts: ['scripts/sinergi/dashboard', 'scripts/sinergi/case-file', 'scripts/sinergi/lists']
};
