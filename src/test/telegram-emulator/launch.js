// Starts telegram-test-api on 127.0.0.1:<port> for supportbot's end-to-end tests.
// Prints "READY <port>" once it listens. Works around two things in 4.2.1:
//  - the bot-side sendMessage answers `date` in milliseconds, which pengrad's Integer date cannot hold;
//  - a failed webhook POST is an unhandled promise rejection, which would kill Node >= 15.
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2]);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });

const addBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (rawMessage, botToken) => {
  const message = addBotMessage(rawMessage, botToken);
  message.date = Math.floor(message.date / 1000);
  return message;
};

process.on('unhandledRejection', (error) => {
  console.error('unhandled rejection:', error && error.message);
});

server.start().then(() => console.log(`READY ${port}`));

const stop = () => server.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// When the test JVM dies, stdin closes: stop with it.
process.stdin.on('end', stop);
process.stdin.resume();
