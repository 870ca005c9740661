// A minimal SMTP server on 127.0.0.1 that accepts every message and keeps it, so that e2e tests can
// check what n8n's Send Email node delivered. No TLS, no AUTH advertised (any AUTH is accepted).
import * as net from 'net';

export interface ReceivedMail {
	from: string;
	to: string[];
	/** The whole message as sent (headers and MIME body). */
	raw: string;
	subject?: string;
}

export interface SmtpSink {
	port: number;
	messages: ReceivedMail[];
	/** Resolves when at least `count` messages arrived, or rejects after `timeoutMs`. */
	waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
	close(): Promise<void>;
}

/** Decodes the parts of a MIME message that tests look at: quoted-printable and base64 bodies. */
export function decodeMail(raw: string): string {
	const unfolded = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
		String.fromCharCode(parseInt(hex, 16)),
	);
	const base64Parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/g)];
	const decoded = base64Parts.map((m) => Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8'));
	return Buffer.from([unfolded, ...decoded].join('\n'), 'latin1').toString('utf8');
}

export async function startSmtpSink(): Promise<SmtpSink> {
	const messages: ReceivedMail[] = [];
	const waiters: Array<() => void> = [];
	const sockets = new Set<net.Socket>();

	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => undefined);
		let buffer = '';
		let inData = false;
		let from = '';
		let to: string[] = [];
		let data: string[] = [];
		const reply = (line: string) => socket.write(line + '\r\n');
		reply('220 localhost test SMTP sink');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('latin1');
			let index: number;
			while ((index = buffer.indexOf('\r\n')) >= 0) {
				const line = buffer.slice(0, index);
				buffer = buffer.slice(index + 2);
				if (inData) {
					if (line === '.') {
						inData = false;
						const raw = data.join('\r\n');
						const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1];
						messages.push({ from, to, raw, subject });
						waiters.splice(0).forEach((wake) => wake());
						data = [];
						reply('250 OK queued');
					} else {
						data.push(line.startsWith('..') ? line.slice(1) : line);
					}
					continue;
				}
				const verb = line.slice(0, 4).toUpperCase();
				if (verb === 'EHLO') socket.write('250-localhost\r\n250 8BITMIME\r\n');
				else if (verb === 'HELO') reply('250 localhost');
				else if (verb === 'MAIL') {
					from = /<([^>]*)>/.exec(line)?.[1] ?? '';
					to = [];
					reply('250 OK');
				} else if (verb === 'RCPT') {
					to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
					reply('250 OK');
				} else if (verb === 'DATA') {
					inData = true;
					reply('354 End data with <CR><LF>.<CR><LF>');
				} else if (verb === 'AUTH') reply('235 Authentication successful');
				else if (verb === 'QUIT') {
					reply('221 Bye');
					socket.end();
				} else reply('250 OK');
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as net.AddressInfo).port;

	return {
		port,
		messages,
		async waitFor(count, timeoutMs = 30_000) {
			const deadline = Date.now() + timeoutMs;
			while (messages.length < count) {
				const left = deadline - Date.now();
				if (left <= 0) throw new Error(`expected ${count} mail(s), got ${messages.length}`);
				await new Promise<void>((resolve) => {
					const timer = setTimeout(resolve, left);
					waiters.push(() => {
						clearTimeout(timer);
						resolve();
					});
				});
			}
			return messages;
		},
		async close() {
			sockets.forEach((socket) => socket.destroy());
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
