import { registerChildHandlers } from './child';
import { registerDetectionHandlers } from './detection';
import { registerFindingsHandlers } from './findings';
import { registerModelHandlers } from './model';
import { registerPinHandlers } from './pin';
import { registerReportHandlers } from './report';
import { registerSchoolHandlers } from './school';
import { registerSettingsHandlers } from './settings';

/** Registers every message handler; called synchronously from the background's main(). */
export function registerMessageHandlers(): void {
  registerFindingsHandlers();
  registerPinHandlers();
  registerReportHandlers();
  registerSettingsHandlers();
  registerSchoolHandlers();
  registerChildHandlers();
  registerDetectionHandlers();
  registerModelHandlers();
}
