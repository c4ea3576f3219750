/**
 * The manifest's FunctionFile. The ribbon has one button, "Kiểm tra tiêu chí", whose action is
 * ShowTaskpane: Office opens the pane itself, so no ExecuteFunction command is registered here.
 * Office still loads this page, and it must initialise Office.js.
 */
// @ts-nocheck

void Office.onReady();
