/**
 * Social-media handles: a word that starts with @ ("@kerem.yldz"), and a user name right after the
 * name of a platform ("snap: tibo.mrtns", "insta = jana_desmet07", "mijn tiktok is divine.ilunga",
 * "tiktok @hamzaazz"). After a platform name with ":", "=" or "is" any word that is not an everyday
 * word counts; with only a space or a comma between them, the user name needs an @, a dot, an
 * underscore or a digit ("snap zuzia_k06", "op discord, zuzia_k06"), so "insta stories" stays.
 * Also a user name announced as one: "gebruikersnaam: kobe.vdb", "mon pseudo c'est lina_b",
 * "kobe.vdb is mijn naam daar".
 */
import { isCommonWord } from './commonWords.js';
import type { TextRange } from './types.js';

const AT_HANDLE = /(?<![\p{L}\p{N}._@-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu;
const PLATFORMS = String.raw`insta(?:gram)?|ig|snap(?:chat)?|tiktok|tik[ \t]tok|twitter|facebook|fb|discord|telegram|threads|bereal|twitch|youtube|yt|pinterest`;
const HANDLE = String.raw`@?[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?`;
const AFTER_PLATFORM = new RegExp(
  String.raw`(?<![\p{L}])(${PLATFORMS})(?:[ \t]*(?:account|naam|name))?((?:[ \t]*[:=][ \t]*)|(?:[ \t]+(?:is|est|=)[ \t]+)|[ \t]*,[ \t]*|[ \t]+)(${HANDLE})`,
  'giu',
);
const AFTER_USER_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:gebruikersnaam|username|user[ \t]name|pseudo|nickname)(?:[ \t]*[:=][ \t]*|[ \t]+(?:is|est|c['’]est|=)[ \t]+)(${HANDLE})`,
  'giu',
);
const BEFORE_USER_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.@])(${HANDLE})[ \t]+(?:is|est)[ \t]+(?:mijn|m['’]n|mn|my|mon)[ \t]+(?:naam|account|gebruikersnaam|username|name|pseudo|nom)[ \t]+(?:daar|there|op|on|sur|là|la)(?![\p{L}])`,
  'giu',
);
/** Words that follow a platform's name but are no user name. */
const NOT_HANDLES = new Set([
  'privé', 'prive', 'private', 'kapot', 'gehackt', 'hacked', 'weg', 'account', 'pagina', 'profiel', 'story', 'stories', 'verhaal',
  'dm', 'sturen', 'stuur', 'volg', 'volgen', 'follow', 'message', 'bericht', 'berichten', 'chat', 'video', 'videos', "video's",
  'filmpje', 'filmpjes', 'foto', "foto's", 'post', 'posts', 'reel', 'reels', 'live', 'link', 'app', 'mee', 'gezien', 'zien',
]);

export function findSocialHandles(text: string): TextRange[] {
  const found: TextRange[] = [...text.matchAll(AT_HANDLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const m of text.matchAll(AFTER_PLATFORM)) {
    const [whole, platform = '', connector = '', handle = ''] = m;
    if (isCommonWord(handle) || NOT_HANDLES.has(handle.toLowerCase()) || /^\d+$/.test(handle)) continue;
    // "snap" is also a Dutch verb ("als ik het goed snap: eerst ..."): after it a user name has to look like one.
    const looksLikeHandle = /[@._\d]/.test(handle);
    if ((/^,?$/.test(connector.trim()) || /^snap$/i.test(platform)) && !looksLikeHandle) continue;
    const start = m.index + whole.length - handle.length;
    found.push({ start, end: start + handle.length });
  }
  for (const m of text.matchAll(AFTER_USER_NAME)) {
    const handle = m[1] ?? '';
    const start = m.index + m[0].length - handle.length;
    if (!isCommonWord(handle)) found.push({ start, end: start + handle.length });
  }
  for (const m of text.matchAll(BEFORE_USER_NAME)) {
    const handle = m[1] ?? '';
    if (!isCommonWord(handle)) found.push({ start: m.index, end: m.index + handle.length });
  }
  return found;
}
