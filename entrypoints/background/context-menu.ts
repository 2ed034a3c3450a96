import { browser, type Browser } from 'wxt/browser';
import { loadEffectiveSettings } from '@/lib/settings/store';
import { reportMenuWords } from '@/locales/report';
import { forgetMenuClick, rememberMenuClick, webHost } from './report-context';

export const REPORT_MENU_ID = 'kawan-aman-report';

/** The report page, as the right-click menu opens it (issue #6): `report.html?from=menu&tab=<tabId>`. */
export function reportPageUrl(query: Record<string, string | number>): string {
  const page = browser.runtime.getURL('/report.html' as Parameters<typeof browser.runtime.getURL>[0]);
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return `${page}?${params.toString()}`;
}

async function menuTitle(): Promise<string> {
  return reportMenuWords[(await loadEffectiveSettings()).language].title;
}

/** (Re)creates the menu item in the current language. Menus persist in Chrome; Firefox event pages also keep them. */
export async function createReportMenu(): Promise<void> {
  const title = await menuTitle();
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve) => {
    browser.contextMenus.create(
      {
        id: REPORT_MENU_ID,
        title,
        contexts: ['page', 'selection', 'link', 'frame'],
        // Web pages only: our own pages have their own help buttons.
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      },
      // Reading lastError marks it handled (a duplicate id after a quick restart is harmless).
      () => resolve(void browser.runtime.lastError),
    );
  });
}

async function updateTitle(): Promise<void> {
  try {
    await browser.contextMenus.update(REPORT_MENU_ID, { title: await menuTitle() });
  } catch {
    await createReportMenu();
  }
}

/** The child chose "Laporkan / Report with Kawan Aman": remember the page (and any selected words), open the report. */
export async function openReportFromMenu(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId !== REPORT_MENU_ID) return;
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) {
    await browser.tabs.create({ url: reportPageUrl({ from: 'menu' }) });
    return;
  }
  const host = webHost(info.pageUrl ?? tab?.url);
  if (host) await rememberMenuClick(tabId, { host, title: tab?.title ?? '', selection: info.selectionText });
  await browser.tabs.create({
    url: reportPageUrl({ from: 'menu', tab: tabId }),
    index: tab?.index !== undefined ? tab.index + 1 : undefined,
    openerTabId: tabId,
  });
}

/** Registers the right-click menu's listeners; called synchronously from the background's main(). */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createReportMenu());
  browser.runtime.onStartup.addListener(() => void createReportMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void openReportFromMenu(info, tab));
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && 'settings' in changes) || area === 'managed') void updateTitle();
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetMenuClick(tabId));
}
