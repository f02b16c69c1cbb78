/** Languages a document version may be in (stage "translated"). The enum lists are in lib/enums. */
export const DOCUMENT_LANGUAGES = ["ar", "en", "fr"] as const;
