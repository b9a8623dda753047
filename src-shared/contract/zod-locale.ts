import { z } from 'zod';

// Messages the contract does not word itself (wrong types, unknown keys) still reach users.
z.config(z.locales.zhCN());
