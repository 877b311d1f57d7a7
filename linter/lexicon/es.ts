import type { Lexicon } from './types.ts';

export default {
  lang: 'es',
  suggestion: 'Darse de baja',
  unsubscribe: [
    '=baja', '=darse de baja', 'darse de baja', 'darte de baja', 'darme de baja', 'dar de baja', 'date de baja',
    'solicitar la baja', 'cancelar suscripcion', 'cancelar la suscripcion', 'cancelar tu suscripcion',
    'cancelar su suscripcion', 'anular suscripcion', 'anular la suscripcion', 'desuscri*', 'desinscrib*',
    'dejar de recibir', 'no recibir mas', 'eliminar suscripcion', 'eliminarme de la lista',
  ],
  preferences: [
    '=preferencias', 'gestionar preferencias', 'gestiona tus preferencias', 'gestionar suscripcion',
    'gestionar tu suscripcion', 'administrar suscripcion', 'administrar preferencias', 'actualizar preferencias',
    'actualiza tus preferencias', 'preferencias de correo', 'preferencias de email', 'preferencias de suscripcion',
    'centro de preferencias', 'configuracion de notificaciones',
  ],
  ambiguous: [
    'aqui', 'haz clic aqui', 'haga clic aqui', 'clic aqui', 'click aqui', 'pulsa aqui', 'pincha aqui',
    'este enlace', 'enlace', 'haz clic',
  ],
  context: [
    'no deseas recibir', 'no desea recibir', 'no quieres recibir', 'no quiere recibir', 'ya no deseas',
    'ya no desea', 'si no deseas', 'si no desea', 'no deseas seguir recibiendo', 'para no recibir',
  ],
  stopwords: [
    'el', 'los', 'las', 'del', 'que', 'y', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'su', 'sus', 'al',
    'lo', 'como', 'mas', 'pero', 'este', 'esta', 'tu', 'tus', 'nuestro', 'nuestra', 'nuestros', 'si', 'ya',
    'muy', 'hay', 'usted', 'puedes',
  ],
} satisfies Lexicon;
