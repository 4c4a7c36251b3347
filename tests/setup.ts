import { installConsoleErrorCheck } from './console-errors';

installConsoleErrorCheck();
