// Sinergi's Welcome configuration, served instead of the (empty) one in Camunda's webapp jar.
export default {
  // Indonesian only (locales/id.json): Camunda picks the browser's first language if it is listed here, so
  // listing 'en' as well would show English to every browser set to English.
  locales: {availableLocales: ['id'], fallbackLocale: 'id'}
};
