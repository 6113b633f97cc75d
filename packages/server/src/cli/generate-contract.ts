import fs from 'node:fs';
import { renderWebContract, webContractPath } from '../contract/web-contract.ts';

// Writes packages/web/src/api/contract.gen.ts from the server's OpenAPI document (npm run contract:generate).
const text = await renderWebContract();
const before = fs.existsSync(webContractPath) ? fs.readFileSync(webContractPath, 'utf8') : '';
fs.writeFileSync(webContractPath, text);
console.log(before === text ? `接口类型未变化：${webContractPath}` : `接口类型已更新：${webContractPath}`);
