/** Wiring: loads the settings, knowledge and models, and puts the engine, store and channels together. */
package supportbot.app;
