import discord from './discord';
import instagram from './instagram';
import messenger from './messenger';
import roblox from './roblox';
import telegram from './telegram';
import tiktok from './tiktok';
import type { Adapter } from './types';
import whatsapp from './whatsapp';

/**
 * Every site adapter. They ship in the chat-sites script, injected only on these sites, so the script on every
 * other page stays small. A meta-test checks that each file in this folder is registered here and named by its id.
 */
export const SITE_ADAPTERS: readonly Adapter[] = [whatsapp, telegram, instagram, messenger, discord, roblox, tiktok];
