import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from '../../db/database';

/**
 * Head office's reference data for channel control (第2篇): products, the price list, dealers and
 * shipments. Head office enters or imports it; offices hold a copy from signed reference bundles.
 * Every row carries `seq`, the reference change number that last wrote it, so a bundle can carry
 * the changes since a number and a full one can rebuild everything. Rows are never deleted: a
 * dealer ends by its agreement status, a price by a newer effective date.
 */
export interface RefProductTable {
  /** 产品编码, as stamped on the carton. */
  code: string;
  name: string;
  spec: string;
  unit: string;
  seq: number;
}

/** A 规定价 from a date on; the price on a day is the latest row effective on or before it. */
export interface RefPriceTable {
  product_code: string;
  /** YYYY-MM-DD. */
  effective_from: string;
  /** 分, so the 5× fine is exact. */
  price_fen: number;
  seq: number;
}

export type DealerAgreementStatus = 'active' | 'suspended' | 'terminated';

export interface RefDealerTable {
  /** 经销商编码. */
  code: string;
  name: string;
  /** The region it is permitted to sell in (regions.code). */
  region_code: string;
  agreement_no: string;
  agreement_status: DealerAgreementStatus;
  /** 1 when its normal trade radiates beyond its area: it must hand in a monthly 商品流向单 (F10). */
  radiates: number;
  /** 停止发货 from this date (YYYY-MM-DD), or null. */
  shipment_stop_from: string | null;
  shipment_stop_reason: string | null;
  seq: number;
}

/** One line of a shipment document: a batch of a product to a dealer, with its carton codes. */
export interface RefShipmentTable {
  id: Generated<number>;
  /** 发货单号 and line: together they name the line, so a re-import updates instead of adding. */
  doc_no: string;
  line_no: number;
  ship_date: string;
  dealer_code: string;
  region_code: string;
  product_code: string;
  /** 批号. */
  batch_no: string;
  /** 箱码 range, inclusive; codes of one range have the same length, so text order is code order. */
  carton_from: string;
  carton_to: string;
  quantity: number;
  unit_price_fen: number;
  seq: number;
}

/**
 * The reference change counter and, in an office, where its copy stands: the head-office key it
 * trusts (registered by fingerprint) and the last sequence imported. One row, id = 1.
 */
export interface RefStateTable {
  id: number;
  /** Head office: the last change number handed out. Office: the last one imported. */
  seq: number;
  /** Head office: the last sequence published in a bundle. */
  published_seq: number;
  /** Office: head office's Ed25519 public key (PEM) and its fingerprint, once confirmed. */
  head_office_key: string | null;
  head_office_fingerprint: string | null;
  updated_at: Timestamp | null;
}

declare module '../../db/database' {
  interface DB {
    ref_products: RefProductTable;
    ref_prices: RefPriceTable;
    ref_dealers: RefDealerTable;
    ref_shipments: RefShipmentTable;
    ref_state: RefStateTable;
  }
}

export type RefProductRow = Selectable<RefProductTable>;
export type RefPriceRow = Selectable<RefPriceTable>;
export type RefDealerRow = Selectable<RefDealerTable>;
export type RefShipmentRow = Selectable<RefShipmentTable>;
