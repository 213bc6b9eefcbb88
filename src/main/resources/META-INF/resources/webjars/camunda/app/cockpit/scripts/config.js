// Sinergi's Cockpit configuration. A file at this path on the application's classpath is served instead of the
// one in Camunda's webapp jar (which holds only comments), so nothing of Camunda's is lost by replacing it.
// It only loads Sinergi's Cockpit plugins; further settings (such as locales) go next to customScripts.
export default {
  // Paths relative to app/cockpit/, without ".js". Each is an ES module whose default export is a plugin
  // or a list of plugins.
  customScripts: ['scripts/sinergi/dashboard', 'scripts/sinergi/case-file']
};
