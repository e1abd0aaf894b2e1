/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ampm = $root.ampm = (() => {

    /**
     * Namespace ampm.
     * @exports ampm
     * @namespace
     */
    const ampm = {};

    ampm.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ampm
         * @namespace
         */
        const v1 = {};

        /**
         * Status enum.
         * @name ampm.v1.Status
         * @enum {number}
         * @property {number} OK=0 OK value
         * @property {number} ABORTED=1 ABORTED value
         * @property {number} UNKNOWN_ACTION=2 UNKNOWN_ACTION value
         * @property {number} MISSING_DATA=3 MISSING_DATA value
         * @property {number} INVALID_DATA=4 INVALID_DATA value
         * @property {number} UNKNOWN_ERROR=5 UNKNOWN_ERROR value
         * @property {number} UNAUTHORIZED=6 UNAUTHORIZED value
         * @property {number} EXPIRED=7 EXPIRED value
         * @property {number} BUSY=8 BUSY value
         * @property {number} TIMEOUT=9 TIMEOUT value
         */
        v1.Status = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OK"] = 0;
            values[valuesById[1] = "ABORTED"] = 1;
            values[valuesById[2] = "UNKNOWN_ACTION"] = 2;
            values[valuesById[3] = "MISSING_DATA"] = 3;
            values[valuesById[4] = "INVALID_DATA"] = 4;
            values[valuesById[5] = "UNKNOWN_ERROR"] = 5;
            values[valuesById[6] = "UNAUTHORIZED"] = 6;
            values[valuesById[7] = "EXPIRED"] = 7;
            values[valuesById[8] = "BUSY"] = 8;
            values[valuesById[9] = "TIMEOUT"] = 9;
            return values;
        })();

        v1.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} ampm.v1.Request.$Properties
             * @property {string|null} [protocol] Request protocol
             * @property {string|null} [id] Request id
             * @property {string|null} [caller] Request caller
             * @property {string|null} [agent] Request agent
             * @property {string|null} [action] Request action
             * @property {number|null} [createdAtMs] Request createdAtMs
             * @property {number|null} [ttlMs] Request ttlMs
             * @property {number|null} [timeoutMs] Request timeoutMs
             * @property {ampm.v1.Filter.$Properties|null} [filter] Request filter
             * @property {Uint8Array|null} [body] Request body
             * @property {string|null} [bodyType] Request bodyType
             * @property {string|null} [callerPublicKey] Request callerPublicKey
             * @property {Uint8Array|null} [signature] Request signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof ampm.v1
             * @interface IRequest
             * @augments ampm.v1.Request.$Properties
             * @deprecated Use ampm.v1.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {ampm.v1.Request.$Properties} ampm.v1.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof ampm.v1
             * @classdesc Represents a Request.
             * @constructor
             * @param {ampm.v1.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request protocol.
             * @member {string} protocol
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.protocol = "";

            /**
             * Request id.
             * @member {string} id
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.id = "";

            /**
             * Request caller.
             * @member {string} caller
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.caller = "";

            /**
             * Request agent.
             * @member {string} agent
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.agent = "";

            /**
             * Request action.
             * @member {string} action
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.action = "";

            /**
             * Request createdAtMs.
             * @member {number} createdAtMs
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Request ttlMs.
             * @member {number} ttlMs
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.ttlMs = 0;

            /**
             * Request timeoutMs.
             * @member {number} timeoutMs
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.timeoutMs = 0;

            /**
             * Request filter.
             * @member {ampm.v1.Filter.$Properties|null|undefined} filter
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.filter = null;

            /**
             * Request body.
             * @member {Uint8Array} body
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.body = $util.newBuffer([]);

            /**
             * Request bodyType.
             * @member {string} bodyType
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.bodyType = "";

            /**
             * Request callerPublicKey.
             * @member {string} callerPublicKey
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.callerPublicKey = "";

            /**
             * Request signature.
             * @member {Uint8Array} signature
             * @memberof ampm.v1.Request
             * @instance
             */
            Request.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Request
             * @static
             * @param {ampm.v1.Request.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Request} Request instance
             * @type {{
             *   (properties: ampm.v1.Request.$Shape): ampm.v1.Request & ampm.v1.Request.$Shape;
             *   (properties?: ampm.v1.Request.$Properties): ampm.v1.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link ampm.v1.Request.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Request
             * @static
             * @param {ampm.v1.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.protocol);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller") && message.caller !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.caller);
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent") && message.agent !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.agent);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.action);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.createdAtMs);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && message.ttlMs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.ttlMs);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.timeoutMs);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.ampm.v1.Filter.encode(message.filter, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.body);
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType") && message.bodyType !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.bodyType);
                if (message.callerPublicKey != null && $Object.hasOwnProperty.call(message, "callerPublicKey") && message.callerPublicKey !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.callerPublicKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link ampm.v1.Request.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Request
             * @static
             * @param {ampm.v1.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Request & ampm.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caller = value;
                            else
                                delete message.caller;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agent = value;
                            else
                                delete message.agent;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.ampm.v1.Filter.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bodyType = value;
                            else
                                delete message.bodyType;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callerPublicKey = value;
                            else
                                delete message.callerPublicKey;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Request & ampm.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Request message.
             * @function verify
             * @memberof ampm.v1.Request
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Request.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isString(message.protocol))
                        return "protocol: string expected";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                    if (!$util.isString(message.caller))
                        return "caller: string expected";
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                    if (!$util.isString(message.agent))
                        return "agent: string expected";
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    if (!$util.isString(message.action))
                        return "action: string expected";
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (!$util.isInteger(message.createdAtMs) && !(message.createdAtMs && $util.isInteger(message.createdAtMs.low) && $util.isInteger(message.createdAtMs.high)))
                        return "createdAtMs: integer|Long expected";
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (!$util.isInteger(message.ttlMs))
                        return "ttlMs: integer expected";
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    if (!$util.isInteger(message.timeoutMs))
                        return "timeoutMs: integer expected";
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter")) {
                    let error = $root.ampm.v1.Filter.verify(message.filter, _depth + 1);
                    if (error)
                        return "filter." + error;
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType"))
                    if (!$util.isString(message.bodyType))
                        return "bodyType: string expected";
                if (message.callerPublicKey != null && $Object.hasOwnProperty.call(message, "callerPublicKey"))
                    if (!$util.isString(message.callerPublicKey))
                        return "callerPublicKey: string expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Request
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Request} Request
             */
            Request.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Request)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Request: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Request();
                if (object.protocol != null)
                    if (typeof object.protocol !== "string" || object.protocol.length)
                        message.protocol = $String(object.protocol);
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.caller != null)
                    if (typeof object.caller !== "string" || object.caller.length)
                        message.caller = $String(object.caller);
                if (object.agent != null)
                    if (typeof object.agent !== "string" || object.agent.length)
                        message.agent = $String(object.agent);
                if (object.action != null)
                    if (typeof object.action !== "string" || object.action.length)
                        message.action = $String(object.action);
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, true);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber(true);
                if (object.ttlMs != null)
                    if ($Number(object.ttlMs) !== 0)
                        message.ttlMs = object.ttlMs >>> 0;
                if (object.timeoutMs != null)
                    if ($Number(object.timeoutMs) !== 0)
                        message.timeoutMs = object.timeoutMs >>> 0;
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".ampm.v1.Request.filter: object expected");
                    message.filter = $root.ampm.v1.Filter.fromObject(object.filter, _depth + 1);
                }
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.bodyType != null)
                    if (typeof object.bodyType !== "string" || object.bodyType.length)
                        message.bodyType = $String(object.bodyType);
                if (object.callerPublicKey != null)
                    if (typeof object.callerPublicKey !== "string" || object.callerPublicKey.length)
                        message.callerPublicKey = $String(object.callerPublicKey);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Request
             * @static
             * @param {ampm.v1.Request} message Request
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocol = "";
                    object.id = "";
                    object.caller = "";
                    object.agent = "";
                    object.action = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ttlMs = 0;
                    object.timeoutMs = 0;
                    object.filter = null;
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    object.bodyType = "";
                    object.callerPublicKey = "";
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                    object.caller = message.caller;
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                    object.agent = message.agent;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = message.action;
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber(true) : message.createdAtMs;
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = message.ttlMs;
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    object.timeoutMs = message.timeoutMs;
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.ampm.v1.Filter.toObject(message.filter, options, _depth + 1);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType"))
                    object.bodyType = message.bodyType;
                if (message.callerPublicKey != null && $Object.hasOwnProperty.call(message, "callerPublicKey"))
                    object.callerPublicKey = message.callerPublicKey;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof ampm.v1.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof ampm.v1.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Request";
            };

            return Request;
        })();

        v1.Reply = (function() {

            /**
             * Properties of a Reply.
             * @typedef {Object} ampm.v1.Reply.$Properties
             * @property {string|null} [protocol] Reply protocol
             * @property {string|null} [requestId] Reply requestId
             * @property {string|null} [sender] Reply sender
             * @property {ampm.v1.Status|null} [statuscode] Reply statuscode
             * @property {string|null} [statusmsg] Reply statusmsg
             * @property {Uint8Array|null} [body] Reply body
             * @property {string|null} [bodyType] Reply bodyType
             * @property {ampm.v1.Timing.$Properties|null} [timing] Reply timing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reply.
             * @memberof ampm.v1
             * @interface IReply
             * @augments ampm.v1.Reply.$Properties
             * @deprecated Use ampm.v1.Reply.$Properties instead.
             */

            /**
             * Shape of a Reply.
             * @typedef {ampm.v1.Reply.$Properties} ampm.v1.Reply.$Shape
             */

            /**
             * Constructs a new Reply.
             * @memberof ampm.v1
             * @classdesc Represents a Reply.
             * @constructor
             * @param {ampm.v1.Reply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reply protocol.
             * @member {string} protocol
             * @memberof ampm.v1.Reply
             * @instance
             */
            Reply.prototype.protocol = "";

            /**
             * Reply requestId.
             * @member {string} requestId
             * @memberof ampm.v1.Reply
             * @instance
             */
            Reply.prototype.requestId = "";

            /**
             * Reply sender.
             * @member {string} sender
             * @memberof ampm.v1.Reply
             * @instance
             */
            Reply.prototype.sender = "";

            /**
             * Reply statuscode.
             * @member {ampm.v1.Status} statuscode
             * @memberof ampm.v1.Reply
             * @instance
             */
            Reply.prototype.statuscode = 0;

            /**
             * Reply statusmsg.
             * @member {string} statusmsg
             * @memberof ampm.v1.Reply
             * @instance
             */
            Reply.prototype.statusmsg = "";

            /**
             * Reply body.
             * @member {Uint8Array} body
             * @memberof ampm.v1.Reply
             * @instance
             */
            Reply.prototype.body = $util.newBuffer([]);

            /**
             * Reply bodyType.
             * @member {string} bodyType
             * @memberof ampm.v1.Reply
             * @instance
             */
            Reply.prototype.bodyType = "";

            /**
             * Reply timing.
             * @member {ampm.v1.Timing.$Properties|null|undefined} timing
             * @memberof ampm.v1.Reply
             * @instance
             */
            Reply.prototype.timing = null;

            /**
             * Creates a new Reply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Reply
             * @static
             * @param {ampm.v1.Reply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Reply} Reply instance
             * @type {{
             *   (properties: ampm.v1.Reply.$Shape): ampm.v1.Reply & ampm.v1.Reply.$Shape;
             *   (properties?: ampm.v1.Reply.$Properties): ampm.v1.Reply;
             * }}
             */
            Reply.create = function(properties) {
                return new Reply(properties);
            };

            /**
             * Encodes the specified Reply message. Does not implicitly {@link ampm.v1.Reply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Reply
             * @static
             * @param {ampm.v1.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.protocol);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.requestId);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sender);
                if (message.statuscode != null && $Object.hasOwnProperty.call(message, "statuscode") && message.statuscode !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.statuscode);
                if (message.statusmsg != null && $Object.hasOwnProperty.call(message, "statusmsg") && message.statusmsg !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.statusmsg);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.body);
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType") && message.bodyType !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.bodyType);
                if (message.timing != null && $Object.hasOwnProperty.call(message, "timing"))
                    $root.ampm.v1.Timing.encode(message.timing, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link ampm.v1.Reply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Reply
             * @static
             * @param {ampm.v1.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Reply & ampm.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Reply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.statuscode = value;
                            else
                                delete message.statuscode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.statusmsg = value;
                            else
                                delete message.statusmsg;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bodyType = value;
                            else
                                delete message.bodyType;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.timing = $root.ampm.v1.Timing.decode(reader, reader.size(), $undefined, _depth + 1, message.timing);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Reply & ampm.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reply message.
             * @function verify
             * @memberof ampm.v1.Reply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isString(message.protocol))
                        return "protocol: string expected";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    if (!$util.isString(message.sender))
                        return "sender: string expected";
                if (message.statuscode != null && $Object.hasOwnProperty.call(message, "statuscode"))
                    if (typeof message.statuscode !== "number" || (message.statuscode | 0) !== message.statuscode)
                        return "statuscode: enum value expected";
                if (message.statusmsg != null && $Object.hasOwnProperty.call(message, "statusmsg"))
                    if (!$util.isString(message.statusmsg))
                        return "statusmsg: string expected";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType"))
                    if (!$util.isString(message.bodyType))
                        return "bodyType: string expected";
                if (message.timing != null && $Object.hasOwnProperty.call(message, "timing")) {
                    let error = $root.ampm.v1.Timing.verify(message.timing, _depth + 1);
                    if (error)
                        return "timing." + error;
                }
                return null;
            };

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Reply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Reply} Reply
             */
            Reply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Reply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Reply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Reply();
                if (object.protocol != null)
                    if (typeof object.protocol !== "string" || object.protocol.length)
                        message.protocol = $String(object.protocol);
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.sender != null)
                    if (typeof object.sender !== "string" || object.sender.length)
                        message.sender = $String(object.sender);
                if (object.statuscode !== 0 && (typeof object.statuscode !== "string" || $root.ampm.v1.Status[object.statuscode] !== 0))
                    switch (object.statuscode) {
                    case "OK":
                    case 0:
                        message.statuscode = 0;
                        break;
                    case "ABORTED":
                    case 1:
                        message.statuscode = 1;
                        break;
                    case "UNKNOWN_ACTION":
                    case 2:
                        message.statuscode = 2;
                        break;
                    case "MISSING_DATA":
                    case 3:
                        message.statuscode = 3;
                        break;
                    case "INVALID_DATA":
                    case 4:
                        message.statuscode = 4;
                        break;
                    case "UNKNOWN_ERROR":
                    case 5:
                        message.statuscode = 5;
                        break;
                    case "UNAUTHORIZED":
                    case 6:
                        message.statuscode = 6;
                        break;
                    case "EXPIRED":
                    case 7:
                        message.statuscode = 7;
                        break;
                    case "BUSY":
                    case 8:
                        message.statuscode = 8;
                        break;
                    case "TIMEOUT":
                    case 9:
                        message.statuscode = 9;
                        break;
                    default:
                        if (typeof object.statuscode === "number" && (object.statuscode | 0) === object.statuscode)
                            message.statuscode = object.statuscode;
                    }
                if (object.statusmsg != null)
                    if (typeof object.statusmsg !== "string" || object.statusmsg.length)
                        message.statusmsg = $String(object.statusmsg);
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.bodyType != null)
                    if (typeof object.bodyType !== "string" || object.bodyType.length)
                        message.bodyType = $String(object.bodyType);
                if (object.timing != null) {
                    if (!$util.isObject(object.timing))
                        throw $TypeError(".ampm.v1.Reply.timing: object expected");
                    message.timing = $root.ampm.v1.Timing.fromObject(object.timing, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Reply
             * @static
             * @param {ampm.v1.Reply} message Reply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocol = "";
                    object.requestId = "";
                    object.sender = "";
                    object.statuscode = options.enums === $String ? "OK" : 0;
                    object.statusmsg = "";
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    object.bodyType = "";
                    object.timing = null;
                }
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    object.sender = message.sender;
                if (message.statuscode != null && $Object.hasOwnProperty.call(message, "statuscode"))
                    object.statuscode = options.enums === $String ? $root.ampm.v1.Status[message.statuscode] === $undefined ? message.statuscode : $root.ampm.v1.Status[message.statuscode] : message.statuscode;
                if (message.statusmsg != null && $Object.hasOwnProperty.call(message, "statusmsg"))
                    object.statusmsg = message.statusmsg;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType"))
                    object.bodyType = message.bodyType;
                if (message.timing != null && $Object.hasOwnProperty.call(message, "timing"))
                    object.timing = $root.ampm.v1.Timing.toObject(message.timing, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Reply to JSON.
             * @function toJSON
             * @memberof ampm.v1.Reply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reply.prototype.toJSON = function() {
                return Reply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reply
             * @function getTypeUrl
             * @memberof ampm.v1.Reply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Reply";
            };

            return Reply;
        })();

        v1.Timing = (function() {

            /**
             * Properties of a Timing.
             * @typedef {Object} ampm.v1.Timing.$Properties
             * @property {number|null} [receivedAtMs] Timing receivedAtMs
             * @property {number|null} [actionMs] Timing actionMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timing.
             * @memberof ampm.v1
             * @interface ITiming
             * @augments ampm.v1.Timing.$Properties
             * @deprecated Use ampm.v1.Timing.$Properties instead.
             */

            /**
             * Shape of a Timing.
             * @typedef {ampm.v1.Timing.$Properties} ampm.v1.Timing.$Shape
             */

            /**
             * Constructs a new Timing.
             * @memberof ampm.v1
             * @classdesc Represents a Timing.
             * @constructor
             * @param {ampm.v1.Timing.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timing receivedAtMs.
             * @member {number} receivedAtMs
             * @memberof ampm.v1.Timing
             * @instance
             */
            Timing.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Timing actionMs.
             * @member {number} actionMs
             * @memberof ampm.v1.Timing
             * @instance
             */
            Timing.prototype.actionMs = 0;

            /**
             * Creates a new Timing instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Timing
             * @static
             * @param {ampm.v1.Timing.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Timing} Timing instance
             * @type {{
             *   (properties: ampm.v1.Timing.$Shape): ampm.v1.Timing & ampm.v1.Timing.$Shape;
             *   (properties?: ampm.v1.Timing.$Properties): ampm.v1.Timing;
             * }}
             */
            Timing.create = function(properties) {
                return new Timing(properties);
            };

            /**
             * Encodes the specified Timing message. Does not implicitly {@link ampm.v1.Timing.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Timing
             * @static
             * @param {ampm.v1.Timing.$Properties} message Timing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && (typeof message.receivedAtMs === "object" ? message.receivedAtMs.low || message.receivedAtMs.high : message.receivedAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.receivedAtMs);
                if (message.actionMs != null && $Object.hasOwnProperty.call(message, "actionMs") && !$Object.is(message.actionMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.actionMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Timing message, length delimited. Does not implicitly {@link ampm.v1.Timing.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Timing
             * @static
             * @param {ampm.v1.Timing.$Properties} message Timing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timing.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timing message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Timing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Timing & ampm.v1.Timing.$Shape} Timing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Timing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.actionMs = value;
                            else
                                delete message.actionMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Timing message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Timing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Timing & ampm.v1.Timing.$Shape} Timing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timing.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timing message.
             * @function verify
             * @memberof ampm.v1.Timing
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timing.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs"))
                    if (!$util.isInteger(message.receivedAtMs) && !(message.receivedAtMs && $util.isInteger(message.receivedAtMs.low) && $util.isInteger(message.receivedAtMs.high)))
                        return "receivedAtMs: integer|Long expected";
                if (message.actionMs != null && $Object.hasOwnProperty.call(message, "actionMs"))
                    if (typeof message.actionMs !== "number")
                        return "actionMs: number expected";
                return null;
            };

            /**
             * Creates a Timing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Timing
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Timing} Timing
             */
            Timing.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Timing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Timing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Timing();
                if (object.receivedAtMs != null)
                    if (typeof object.receivedAtMs === "object" ? object.receivedAtMs.low || object.receivedAtMs.high : $Number(object.receivedAtMs) !== 0)
                        if ($util.Long)
                            message.receivedAtMs = $util.Long.fromValue(object.receivedAtMs, true);
                        else if (typeof object.receivedAtMs === "string")
                            message.receivedAtMs = $parseInt(object.receivedAtMs, 10);
                        else if (typeof object.receivedAtMs === "number")
                            message.receivedAtMs = object.receivedAtMs;
                        else if (typeof object.receivedAtMs === "object")
                            message.receivedAtMs = new $util.LongBits(object.receivedAtMs.low >>> 0, object.receivedAtMs.high >>> 0).toNumber(true);
                if (object.actionMs != null)
                    if (!$Object.is($Number(object.actionMs), 0))
                        message.actionMs = $Number(object.actionMs);
                return message;
            };

            /**
             * Creates a plain object from a Timing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Timing
             * @static
             * @param {ampm.v1.Timing} message Timing
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.receivedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.receivedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.actionMs = 0;
                }
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.receivedAtMs = typeof message.receivedAtMs === "number" ? $BigInt(message.receivedAtMs) : $util.Long.fromBits(message.receivedAtMs.low >>> 0, message.receivedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.receivedAtMs === "number")
                        object.receivedAtMs = options.longs === $String ? $String(message.receivedAtMs) : message.receivedAtMs;
                    else
                        object.receivedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.receivedAtMs) : options.longs === $Number ? new $util.LongBits(message.receivedAtMs.low >>> 0, message.receivedAtMs.high >>> 0).toNumber(true) : message.receivedAtMs;
                if (message.actionMs != null && $Object.hasOwnProperty.call(message, "actionMs"))
                    object.actionMs = options.json && !$isFinite(message.actionMs) ? $String(message.actionMs) : message.actionMs;
                return object;
            };

            /**
             * Converts this Timing to JSON.
             * @function toJSON
             * @memberof ampm.v1.Timing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timing.prototype.toJSON = function() {
                return Timing.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timing
             * @function getTypeUrl
             * @memberof ampm.v1.Timing
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Timing";
            };

            return Timing;
        })();

        v1.Filter = (function() {

            /**
             * Properties of a Filter.
             * @typedef {Object} ampm.v1.Filter.$Properties
             * @property {Array.<string>|null} [identity] Filter identity
             * @property {Array.<ampm.v1.FactFilter.$Properties>|null} [facts] Filter facts
             * @property {Array.<string>|null} [tags] Filter tags
             * @property {Array.<string>|null} [agents] Filter agents
             * @property {string|null} [where] Filter where
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Filter.
             * @memberof ampm.v1
             * @interface IFilter
             * @augments ampm.v1.Filter.$Properties
             * @deprecated Use ampm.v1.Filter.$Properties instead.
             */

            /**
             * Shape of a Filter.
             * @typedef {ampm.v1.Filter.$Properties} ampm.v1.Filter.$Shape
             */

            /**
             * Constructs a new Filter.
             * @memberof ampm.v1
             * @classdesc Represents a Filter.
             * @constructor
             * @param {ampm.v1.Filter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Filter = function (properties) {
                this.identity = [];
                this.facts = [];
                this.tags = [];
                this.agents = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Filter identity.
             * @member {Array.<string>} identity
             * @memberof ampm.v1.Filter
             * @instance
             */
            Filter.prototype.identity = $util.emptyArray;

            /**
             * Filter facts.
             * @member {Array.<ampm.v1.FactFilter.$Properties>} facts
             * @memberof ampm.v1.Filter
             * @instance
             */
            Filter.prototype.facts = $util.emptyArray;

            /**
             * Filter tags.
             * @member {Array.<string>} tags
             * @memberof ampm.v1.Filter
             * @instance
             */
            Filter.prototype.tags = $util.emptyArray;

            /**
             * Filter agents.
             * @member {Array.<string>} agents
             * @memberof ampm.v1.Filter
             * @instance
             */
            Filter.prototype.agents = $util.emptyArray;

            /**
             * Filter where.
             * @member {string} where
             * @memberof ampm.v1.Filter
             * @instance
             */
            Filter.prototype.where = "";

            /**
             * Creates a new Filter instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Filter
             * @static
             * @param {ampm.v1.Filter.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Filter} Filter instance
             * @type {{
             *   (properties: ampm.v1.Filter.$Shape): ampm.v1.Filter & ampm.v1.Filter.$Shape;
             *   (properties?: ampm.v1.Filter.$Properties): ampm.v1.Filter;
             * }}
             */
            Filter.create = function(properties) {
                return new Filter(properties);
            };

            /**
             * Encodes the specified Filter message. Does not implicitly {@link ampm.v1.Filter.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Filter
             * @static
             * @param {ampm.v1.Filter.$Properties} message Filter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Filter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.identity != null && message.identity.length)
                    for (let i = 0; i < message.identity.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.identity[i]);
                if (message.facts != null && message.facts.length)
                    for (let i = 0; i < message.facts.length; ++i)
                        $root.ampm.v1.FactFilter.encode(message.facts[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.tags[i]);
                if (message.agents != null && message.agents.length)
                    for (let i = 0; i < message.agents.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.agents[i]);
                if (message.where != null && $Object.hasOwnProperty.call(message, "where") && message.where !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.where);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Filter message, length delimited. Does not implicitly {@link ampm.v1.Filter.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Filter
             * @static
             * @param {ampm.v1.Filter.$Properties} message Filter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Filter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Filter message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Filter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Filter & ampm.v1.Filter.$Shape} Filter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Filter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Filter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.identity && message.identity.length))
                                message.identity = [];
                            message.identity.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.facts && message.facts.length))
                                message.facts = [];
                            message.facts.push($root.ampm.v1.FactFilter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agents && message.agents.length))
                                message.agents = [];
                            message.agents.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.where = value;
                            else
                                delete message.where;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Filter message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Filter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Filter & ampm.v1.Filter.$Shape} Filter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Filter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Filter message.
             * @function verify
             * @memberof ampm.v1.Filter
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Filter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity")) {
                    if (!$Array.isArray(message.identity))
                        return "identity: array expected";
                    for (let i = 0; i < message.identity.length; ++i)
                        if (!$util.isString(message.identity[i]))
                            return "identity: string[] expected";
                }
                if (message.facts != null && $Object.hasOwnProperty.call(message, "facts")) {
                    if (!$Array.isArray(message.facts))
                        return "facts: array expected";
                    for (let i = 0; i < message.facts.length; ++i) {
                        let error = $root.ampm.v1.FactFilter.verify(message.facts[i], _depth + 1);
                        if (error)
                            return "facts." + error;
                    }
                }
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.agents != null && $Object.hasOwnProperty.call(message, "agents")) {
                    if (!$Array.isArray(message.agents))
                        return "agents: array expected";
                    for (let i = 0; i < message.agents.length; ++i)
                        if (!$util.isString(message.agents[i]))
                            return "agents: string[] expected";
                }
                if (message.where != null && $Object.hasOwnProperty.call(message, "where"))
                    if (!$util.isString(message.where))
                        return "where: string expected";
                return null;
            };

            /**
             * Creates a Filter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Filter
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Filter} Filter
             */
            Filter.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Filter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Filter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Filter();
                if (object.identity) {
                    if (!$Array.isArray(object.identity))
                        throw $TypeError(".ampm.v1.Filter.identity: array expected");
                    message.identity = $Array(object.identity.length);
                    for (let i = 0; i < object.identity.length; ++i)
                        message.identity[i] = $String(object.identity[i]);
                }
                if (object.facts) {
                    if (!$Array.isArray(object.facts))
                        throw $TypeError(".ampm.v1.Filter.facts: array expected");
                    message.facts = $Array(object.facts.length);
                    for (let i = 0; i < object.facts.length; ++i) {
                        if (!$util.isObject(object.facts[i]))
                            throw $TypeError(".ampm.v1.Filter.facts: object expected");
                        message.facts[i] = $root.ampm.v1.FactFilter.fromObject(object.facts[i], _depth + 1);
                    }
                }
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".ampm.v1.Filter.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.agents) {
                    if (!$Array.isArray(object.agents))
                        throw $TypeError(".ampm.v1.Filter.agents: array expected");
                    message.agents = $Array(object.agents.length);
                    for (let i = 0; i < object.agents.length; ++i)
                        message.agents[i] = $String(object.agents[i]);
                }
                if (object.where != null)
                    if (typeof object.where !== "string" || object.where.length)
                        message.where = $String(object.where);
                return message;
            };

            /**
             * Creates a plain object from a Filter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Filter
             * @static
             * @param {ampm.v1.Filter} message Filter
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Filter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.identity = [];
                    object.facts = [];
                    object.tags = [];
                    object.agents = [];
                }
                if (options.defaults)
                    object.where = "";
                if (message.identity && message.identity.length) {
                    object.identity = $Array(message.identity.length);
                    for (let j = 0; j < message.identity.length; ++j)
                        object.identity[j] = message.identity[j];
                }
                if (message.facts && message.facts.length) {
                    object.facts = $Array(message.facts.length);
                    for (let j = 0; j < message.facts.length; ++j)
                        object.facts[j] = $root.ampm.v1.FactFilter.toObject(message.facts[j], options, _depth + 1);
                }
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.agents && message.agents.length) {
                    object.agents = $Array(message.agents.length);
                    for (let j = 0; j < message.agents.length; ++j)
                        object.agents[j] = message.agents[j];
                }
                if (message.where != null && $Object.hasOwnProperty.call(message, "where"))
                    object.where = message.where;
                return object;
            };

            /**
             * Converts this Filter to JSON.
             * @function toJSON
             * @memberof ampm.v1.Filter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Filter.prototype.toJSON = function() {
                return Filter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Filter
             * @function getTypeUrl
             * @memberof ampm.v1.Filter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Filter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Filter";
            };

            return Filter;
        })();

        v1.FactFilter = (function() {

            /**
             * Properties of a FactFilter.
             * @typedef {Object} ampm.v1.FactFilter.$Properties
             * @property {string|null} [fact] FactFilter fact
             * @property {string|null} [op] FactFilter op
             * @property {string|null} [value] FactFilter value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FactFilter.
             * @memberof ampm.v1
             * @interface IFactFilter
             * @augments ampm.v1.FactFilter.$Properties
             * @deprecated Use ampm.v1.FactFilter.$Properties instead.
             */

            /**
             * Shape of a FactFilter.
             * @typedef {ampm.v1.FactFilter.$Properties} ampm.v1.FactFilter.$Shape
             */

            /**
             * Constructs a new FactFilter.
             * @memberof ampm.v1
             * @classdesc Represents a FactFilter.
             * @constructor
             * @param {ampm.v1.FactFilter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FactFilter = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FactFilter fact.
             * @member {string} fact
             * @memberof ampm.v1.FactFilter
             * @instance
             */
            FactFilter.prototype.fact = "";

            /**
             * FactFilter op.
             * @member {string} op
             * @memberof ampm.v1.FactFilter
             * @instance
             */
            FactFilter.prototype.op = "";

            /**
             * FactFilter value.
             * @member {string} value
             * @memberof ampm.v1.FactFilter
             * @instance
             */
            FactFilter.prototype.value = "";

            /**
             * Creates a new FactFilter instance using the specified properties.
             * @function create
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {ampm.v1.FactFilter.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.FactFilter} FactFilter instance
             * @type {{
             *   (properties: ampm.v1.FactFilter.$Shape): ampm.v1.FactFilter & ampm.v1.FactFilter.$Shape;
             *   (properties?: ampm.v1.FactFilter.$Properties): ampm.v1.FactFilter;
             * }}
             */
            FactFilter.create = function(properties) {
                return new FactFilter(properties);
            };

            /**
             * Encodes the specified FactFilter message. Does not implicitly {@link ampm.v1.FactFilter.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {ampm.v1.FactFilter.$Properties} message FactFilter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FactFilter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fact != null && $Object.hasOwnProperty.call(message, "fact") && message.fact !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.fact);
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.op);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FactFilter message, length delimited. Does not implicitly {@link ampm.v1.FactFilter.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {ampm.v1.FactFilter.$Properties} message FactFilter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FactFilter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FactFilter message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.FactFilter & ampm.v1.FactFilter.$Shape} FactFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FactFilter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.FactFilter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fact = value;
                            else
                                delete message.fact;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FactFilter message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.FactFilter & ampm.v1.FactFilter.$Shape} FactFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FactFilter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FactFilter message.
             * @function verify
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FactFilter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fact != null && $Object.hasOwnProperty.call(message, "fact"))
                    if (!$util.isString(message.fact))
                        return "fact: string expected";
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    if (!$util.isString(message.op))
                        return "op: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                return null;
            };

            /**
             * Creates a FactFilter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.FactFilter} FactFilter
             */
            FactFilter.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.FactFilter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.FactFilter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.FactFilter();
                if (object.fact != null)
                    if (typeof object.fact !== "string" || object.fact.length)
                        message.fact = $String(object.fact);
                if (object.op != null)
                    if (typeof object.op !== "string" || object.op.length)
                        message.op = $String(object.op);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a FactFilter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {ampm.v1.FactFilter} message FactFilter
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FactFilter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fact = "";
                    object.op = "";
                    object.value = "";
                }
                if (message.fact != null && $Object.hasOwnProperty.call(message, "fact"))
                    object.fact = message.fact;
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    object.op = message.op;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this FactFilter to JSON.
             * @function toJSON
             * @memberof ampm.v1.FactFilter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FactFilter.prototype.toJSON = function() {
                return FactFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FactFilter
             * @function getTypeUrl
             * @memberof ampm.v1.FactFilter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FactFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.FactFilter";
            };

            return FactFilter;
        })();

        v1.Resources = (function() {

            /**
             * Properties of a Resources.
             * @typedef {Object} ampm.v1.Resources.$Properties
             * @property {number|null} [vcpus] Resources vcpus
             * @property {number|null} [memoryMb] Resources memoryMb
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Resources.
             * @memberof ampm.v1
             * @interface IResources
             * @augments ampm.v1.Resources.$Properties
             * @deprecated Use ampm.v1.Resources.$Properties instead.
             */

            /**
             * Shape of a Resources.
             * @typedef {ampm.v1.Resources.$Properties} ampm.v1.Resources.$Shape
             */

            /**
             * Constructs a new Resources.
             * @memberof ampm.v1
             * @classdesc Represents a Resources.
             * @constructor
             * @param {ampm.v1.Resources.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Resources = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Resources vcpus.
             * @member {number} vcpus
             * @memberof ampm.v1.Resources
             * @instance
             */
            Resources.prototype.vcpus = 0;

            /**
             * Resources memoryMb.
             * @member {number} memoryMb
             * @memberof ampm.v1.Resources
             * @instance
             */
            Resources.prototype.memoryMb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Resources instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Resources
             * @static
             * @param {ampm.v1.Resources.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Resources} Resources instance
             * @type {{
             *   (properties: ampm.v1.Resources.$Shape): ampm.v1.Resources & ampm.v1.Resources.$Shape;
             *   (properties?: ampm.v1.Resources.$Properties): ampm.v1.Resources;
             * }}
             */
            Resources.create = function(properties) {
                return new Resources(properties);
            };

            /**
             * Encodes the specified Resources message. Does not implicitly {@link ampm.v1.Resources.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Resources
             * @static
             * @param {ampm.v1.Resources.$Properties} message Resources message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resources.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpus);
                if (message.memoryMb != null && $Object.hasOwnProperty.call(message, "memoryMb") && (typeof message.memoryMb === "object" ? message.memoryMb.low || message.memoryMb.high : message.memoryMb !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryMb);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Resources message, length delimited. Does not implicitly {@link ampm.v1.Resources.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Resources
             * @static
             * @param {ampm.v1.Resources.$Properties} message Resources message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resources.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Resources message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Resources
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Resources & ampm.v1.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resources.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Resources();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vcpus = value;
                            else
                                delete message.vcpus;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryMb = value;
                            else
                                delete message.memoryMb;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Resources message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Resources
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Resources & ampm.v1.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resources.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Resources message.
             * @function verify
             * @memberof ampm.v1.Resources
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Resources.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    if (!$util.isInteger(message.vcpus))
                        return "vcpus: integer expected";
                if (message.memoryMb != null && $Object.hasOwnProperty.call(message, "memoryMb"))
                    if (!$util.isInteger(message.memoryMb) && !(message.memoryMb && $util.isInteger(message.memoryMb.low) && $util.isInteger(message.memoryMb.high)))
                        return "memoryMb: integer|Long expected";
                return null;
            };

            /**
             * Creates a Resources message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Resources
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Resources} Resources
             */
            Resources.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Resources)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Resources: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Resources();
                if (object.vcpus != null)
                    if ($Number(object.vcpus) !== 0)
                        message.vcpus = object.vcpus >>> 0;
                if (object.memoryMb != null)
                    if (typeof object.memoryMb === "object" ? object.memoryMb.low || object.memoryMb.high : $Number(object.memoryMb) !== 0)
                        if ($util.Long)
                            message.memoryMb = $util.Long.fromValue(object.memoryMb, true);
                        else if (typeof object.memoryMb === "string")
                            message.memoryMb = $parseInt(object.memoryMb, 10);
                        else if (typeof object.memoryMb === "number")
                            message.memoryMb = object.memoryMb;
                        else if (typeof object.memoryMb === "object")
                            message.memoryMb = new $util.LongBits(object.memoryMb.low >>> 0, object.memoryMb.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Resources message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Resources
             * @static
             * @param {ampm.v1.Resources} message Resources
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resources.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.vcpus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryMb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryMb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    object.vcpus = message.vcpus;
                if (message.memoryMb != null && $Object.hasOwnProperty.call(message, "memoryMb"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryMb = typeof message.memoryMb === "number" ? $BigInt(message.memoryMb) : $util.Long.fromBits(message.memoryMb.low >>> 0, message.memoryMb.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryMb === "number")
                        object.memoryMb = options.longs === $String ? $String(message.memoryMb) : message.memoryMb;
                    else
                        object.memoryMb = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryMb) : options.longs === $Number ? new $util.LongBits(message.memoryMb.low >>> 0, message.memoryMb.high >>> 0).toNumber(true) : message.memoryMb;
                return object;
            };

            /**
             * Converts this Resources to JSON.
             * @function toJSON
             * @memberof ampm.v1.Resources
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resources.prototype.toJSON = function() {
                return Resources.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Resources
             * @function getTypeUrl
             * @memberof ampm.v1.Resources
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Resources.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Resources";
            };

            return Resources;
        })();

        v1.VolumeSpec = (function() {

            /**
             * Properties of a VolumeSpec.
             * @typedef {Object} ampm.v1.VolumeSpec.$Properties
             * @property {string|null} [name] VolumeSpec name
             * @property {number|null} [sizeBytes] VolumeSpec sizeBytes
             * @property {string|null} [storage] VolumeSpec storage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeSpec.
             * @memberof ampm.v1
             * @interface IVolumeSpec
             * @augments ampm.v1.VolumeSpec.$Properties
             * @deprecated Use ampm.v1.VolumeSpec.$Properties instead.
             */

            /**
             * Shape of a VolumeSpec.
             * @typedef {ampm.v1.VolumeSpec.$Properties} ampm.v1.VolumeSpec.$Shape
             */

            /**
             * Constructs a new VolumeSpec.
             * @memberof ampm.v1
             * @classdesc Represents a VolumeSpec.
             * @constructor
             * @param {ampm.v1.VolumeSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeSpec = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VolumeSpec name.
             * @member {string} name
             * @memberof ampm.v1.VolumeSpec
             * @instance
             */
            VolumeSpec.prototype.name = "";

            /**
             * VolumeSpec sizeBytes.
             * @member {number} sizeBytes
             * @memberof ampm.v1.VolumeSpec
             * @instance
             */
            VolumeSpec.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeSpec storage.
             * @member {string} storage
             * @memberof ampm.v1.VolumeSpec
             * @instance
             */
            VolumeSpec.prototype.storage = "";

            /**
             * Creates a new VolumeSpec instance using the specified properties.
             * @function create
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {ampm.v1.VolumeSpec.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.VolumeSpec} VolumeSpec instance
             * @type {{
             *   (properties: ampm.v1.VolumeSpec.$Shape): ampm.v1.VolumeSpec & ampm.v1.VolumeSpec.$Shape;
             *   (properties?: ampm.v1.VolumeSpec.$Properties): ampm.v1.VolumeSpec;
             * }}
             */
            VolumeSpec.create = function(properties) {
                return new VolumeSpec(properties);
            };

            /**
             * Encodes the specified VolumeSpec message. Does not implicitly {@link ampm.v1.VolumeSpec.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {ampm.v1.VolumeSpec.$Properties} message VolumeSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sizeBytes);
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage") && message.storage !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.storage);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified VolumeSpec message, length delimited. Does not implicitly {@link ampm.v1.VolumeSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {ampm.v1.VolumeSpec.$Properties} message VolumeSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.VolumeSpec & ampm.v1.VolumeSpec.$Shape} VolumeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.VolumeSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.storage = value;
                            else
                                delete message.storage;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a VolumeSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.VolumeSpec & ampm.v1.VolumeSpec.$Shape} VolumeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeSpec message.
             * @function verify
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    if (!$util.isString(message.storage))
                        return "storage: string expected";
                return null;
            };

            /**
             * Creates a VolumeSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.VolumeSpec} VolumeSpec
             */
            VolumeSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.VolumeSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.VolumeSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.VolumeSpec();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.storage != null)
                    if (typeof object.storage !== "string" || object.storage.length)
                        message.storage = $String(object.storage);
                return message;
            };

            /**
             * Creates a plain object from a VolumeSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {ampm.v1.VolumeSpec} message VolumeSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.storage = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    object.storage = message.storage;
                return object;
            };

            /**
             * Converts this VolumeSpec to JSON.
             * @function toJSON
             * @memberof ampm.v1.VolumeSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeSpec.prototype.toJSON = function() {
                return VolumeSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeSpec
             * @function getTypeUrl
             * @memberof ampm.v1.VolumeSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.VolumeSpec";
            };

            return VolumeSpec;
        })();

        v1.NicSpec = (function() {

            /**
             * Properties of a NicSpec.
             * @typedef {Object} ampm.v1.NicSpec.$Properties
             * @property {string|null} [bridge] NicSpec bridge
             * @property {number|null} [vlan] NicSpec vlan
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NicSpec.
             * @memberof ampm.v1
             * @interface INicSpec
             * @augments ampm.v1.NicSpec.$Properties
             * @deprecated Use ampm.v1.NicSpec.$Properties instead.
             */

            /**
             * Shape of a NicSpec.
             * @typedef {ampm.v1.NicSpec.$Properties} ampm.v1.NicSpec.$Shape
             */

            /**
             * Constructs a new NicSpec.
             * @memberof ampm.v1
             * @classdesc Represents a NicSpec.
             * @constructor
             * @param {ampm.v1.NicSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NicSpec = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NicSpec bridge.
             * @member {string} bridge
             * @memberof ampm.v1.NicSpec
             * @instance
             */
            NicSpec.prototype.bridge = "";

            /**
             * NicSpec vlan.
             * @member {number} vlan
             * @memberof ampm.v1.NicSpec
             * @instance
             */
            NicSpec.prototype.vlan = 0;

            /**
             * Creates a new NicSpec instance using the specified properties.
             * @function create
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {ampm.v1.NicSpec.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.NicSpec} NicSpec instance
             * @type {{
             *   (properties: ampm.v1.NicSpec.$Shape): ampm.v1.NicSpec & ampm.v1.NicSpec.$Shape;
             *   (properties?: ampm.v1.NicSpec.$Properties): ampm.v1.NicSpec;
             * }}
             */
            NicSpec.create = function(properties) {
                return new NicSpec(properties);
            };

            /**
             * Encodes the specified NicSpec message. Does not implicitly {@link ampm.v1.NicSpec.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {ampm.v1.NicSpec.$Properties} message NicSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NicSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge") && message.bridge !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.bridge);
                if (message.vlan != null && $Object.hasOwnProperty.call(message, "vlan") && message.vlan !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.vlan);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NicSpec message, length delimited. Does not implicitly {@link ampm.v1.NicSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {ampm.v1.NicSpec.$Properties} message NicSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NicSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NicSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.NicSpec & ampm.v1.NicSpec.$Shape} NicSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NicSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.NicSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridge = value;
                            else
                                delete message.bridge;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vlan = value;
                            else
                                delete message.vlan;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NicSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.NicSpec & ampm.v1.NicSpec.$Shape} NicSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NicSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NicSpec message.
             * @function verify
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NicSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge"))
                    if (!$util.isString(message.bridge))
                        return "bridge: string expected";
                if (message.vlan != null && $Object.hasOwnProperty.call(message, "vlan"))
                    if (!$util.isInteger(message.vlan))
                        return "vlan: integer expected";
                return null;
            };

            /**
             * Creates a NicSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.NicSpec} NicSpec
             */
            NicSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.NicSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.NicSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.NicSpec();
                if (object.bridge != null)
                    if (typeof object.bridge !== "string" || object.bridge.length)
                        message.bridge = $String(object.bridge);
                if (object.vlan != null)
                    if ($Number(object.vlan) !== 0)
                        message.vlan = object.vlan >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a NicSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {ampm.v1.NicSpec} message NicSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NicSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.bridge = "";
                    object.vlan = 0;
                }
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge"))
                    object.bridge = message.bridge;
                if (message.vlan != null && $Object.hasOwnProperty.call(message, "vlan"))
                    object.vlan = message.vlan;
                return object;
            };

            /**
             * Converts this NicSpec to JSON.
             * @function toJSON
             * @memberof ampm.v1.NicSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NicSpec.prototype.toJSON = function() {
                return NicSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NicSpec
             * @function getTypeUrl
             * @memberof ampm.v1.NicSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NicSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.NicSpec";
            };

            return NicSpec;
        })();

        v1.Profile = (function() {

            /**
             * Properties of a Profile.
             * @typedef {Object} ampm.v1.Profile.$Properties
             * @property {string|null} [name] Profile name
             * @property {string|null} [description] Profile description
             * @property {string|null} [template] Profile template
             * @property {ampm.v1.Resources.$Properties|null} [resources] Profile resources
             * @property {Array.<ampm.v1.VolumeSpec.$Properties>|null} [volumes] Profile volumes
             * @property {Array.<ampm.v1.NicSpec.$Properties>|null} [nics] Profile nics
             * @property {Array.<string>|null} [tags] Profile tags
             * @property {string|null} [category] Profile category
             * @property {string|null} [requirements] Profile requirements
             * @property {string|null} [spread] Profile spread
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Profile.
             * @memberof ampm.v1
             * @interface IProfile
             * @augments ampm.v1.Profile.$Properties
             * @deprecated Use ampm.v1.Profile.$Properties instead.
             */

            /**
             * Shape of a Profile.
             * @typedef {ampm.v1.Profile.$Properties} ampm.v1.Profile.$Shape
             */

            /**
             * Constructs a new Profile.
             * @memberof ampm.v1
             * @classdesc Represents a Profile.
             * @constructor
             * @param {ampm.v1.Profile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Profile = function (properties) {
                this.volumes = [];
                this.nics = [];
                this.tags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Profile name.
             * @member {string} name
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.name = "";

            /**
             * Profile description.
             * @member {string} description
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.description = "";

            /**
             * Profile template.
             * @member {string} template
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.template = "";

            /**
             * Profile resources.
             * @member {ampm.v1.Resources.$Properties|null|undefined} resources
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.resources = null;

            /**
             * Profile volumes.
             * @member {Array.<ampm.v1.VolumeSpec.$Properties>} volumes
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.volumes = $util.emptyArray;

            /**
             * Profile nics.
             * @member {Array.<ampm.v1.NicSpec.$Properties>} nics
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.nics = $util.emptyArray;

            /**
             * Profile tags.
             * @member {Array.<string>} tags
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.tags = $util.emptyArray;

            /**
             * Profile category.
             * @member {string} category
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.category = "";

            /**
             * Profile requirements.
             * @member {string} requirements
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.requirements = "";

            /**
             * Profile spread.
             * @member {string} spread
             * @memberof ampm.v1.Profile
             * @instance
             */
            Profile.prototype.spread = "";

            /**
             * Creates a new Profile instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Profile
             * @static
             * @param {ampm.v1.Profile.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Profile} Profile instance
             * @type {{
             *   (properties: ampm.v1.Profile.$Shape): ampm.v1.Profile & ampm.v1.Profile.$Shape;
             *   (properties?: ampm.v1.Profile.$Properties): ampm.v1.Profile;
             * }}
             */
            Profile.create = function(properties) {
                return new Profile(properties);
            };

            /**
             * Encodes the specified Profile message. Does not implicitly {@link ampm.v1.Profile.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Profile
             * @static
             * @param {ampm.v1.Profile.$Properties} message Profile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Profile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.template);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.ampm.v1.Resources.encode(message.resources, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.volumes != null && message.volumes.length)
                    for (let i = 0; i < message.volumes.length; ++i)
                        $root.ampm.v1.VolumeSpec.encode(message.volumes[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.nics != null && message.nics.length)
                    for (let i = 0; i < message.nics.length; ++i)
                        $root.ampm.v1.NicSpec.encode(message.nics[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.tags[i]);
                if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.category);
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements") && message.requirements !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.requirements);
                if (message.spread != null && $Object.hasOwnProperty.call(message, "spread") && message.spread !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.spread);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Profile message, length delimited. Does not implicitly {@link ampm.v1.Profile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Profile
             * @static
             * @param {ampm.v1.Profile.$Properties} message Profile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Profile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Profile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Profile & ampm.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Profile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Profile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.ampm.v1.Resources.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.volumes && message.volumes.length))
                                message.volumes = [];
                            message.volumes.push($root.ampm.v1.VolumeSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nics && message.nics.length))
                                message.nics = [];
                            message.nics.push($root.ampm.v1.NicSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.category = value;
                            else
                                delete message.category;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requirements = value;
                            else
                                delete message.requirements;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.spread = value;
                            else
                                delete message.spread;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Profile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Profile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Profile & ampm.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Profile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Profile message.
             * @function verify
             * @memberof ampm.v1.Profile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Profile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!$util.isString(message.template))
                        return "template: string expected";
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                    let error = $root.ampm.v1.Resources.verify(message.resources, _depth + 1);
                    if (error)
                        return "resources." + error;
                }
                if (message.volumes != null && $Object.hasOwnProperty.call(message, "volumes")) {
                    if (!$Array.isArray(message.volumes))
                        return "volumes: array expected";
                    for (let i = 0; i < message.volumes.length; ++i) {
                        let error = $root.ampm.v1.VolumeSpec.verify(message.volumes[i], _depth + 1);
                        if (error)
                            return "volumes." + error;
                    }
                }
                if (message.nics != null && $Object.hasOwnProperty.call(message, "nics")) {
                    if (!$Array.isArray(message.nics))
                        return "nics: array expected";
                    for (let i = 0; i < message.nics.length; ++i) {
                        let error = $root.ampm.v1.NicSpec.verify(message.nics[i], _depth + 1);
                        if (error)
                            return "nics." + error;
                    }
                }
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                    if (!$util.isString(message.category))
                        return "category: string expected";
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements"))
                    if (!$util.isString(message.requirements))
                        return "requirements: string expected";
                if (message.spread != null && $Object.hasOwnProperty.call(message, "spread"))
                    if (!$util.isString(message.spread))
                        return "spread: string expected";
                return null;
            };

            /**
             * Creates a Profile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Profile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Profile} Profile
             */
            Profile.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Profile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Profile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Profile();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.template != null)
                    if (typeof object.template !== "string" || object.template.length)
                        message.template = $String(object.template);
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".ampm.v1.Profile.resources: object expected");
                    message.resources = $root.ampm.v1.Resources.fromObject(object.resources, _depth + 1);
                }
                if (object.volumes) {
                    if (!$Array.isArray(object.volumes))
                        throw $TypeError(".ampm.v1.Profile.volumes: array expected");
                    message.volumes = $Array(object.volumes.length);
                    for (let i = 0; i < object.volumes.length; ++i) {
                        if (!$util.isObject(object.volumes[i]))
                            throw $TypeError(".ampm.v1.Profile.volumes: object expected");
                        message.volumes[i] = $root.ampm.v1.VolumeSpec.fromObject(object.volumes[i], _depth + 1);
                    }
                }
                if (object.nics) {
                    if (!$Array.isArray(object.nics))
                        throw $TypeError(".ampm.v1.Profile.nics: array expected");
                    message.nics = $Array(object.nics.length);
                    for (let i = 0; i < object.nics.length; ++i) {
                        if (!$util.isObject(object.nics[i]))
                            throw $TypeError(".ampm.v1.Profile.nics: object expected");
                        message.nics[i] = $root.ampm.v1.NicSpec.fromObject(object.nics[i], _depth + 1);
                    }
                }
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".ampm.v1.Profile.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.category != null)
                    if (typeof object.category !== "string" || object.category.length)
                        message.category = $String(object.category);
                if (object.requirements != null)
                    if (typeof object.requirements !== "string" || object.requirements.length)
                        message.requirements = $String(object.requirements);
                if (object.spread != null)
                    if (typeof object.spread !== "string" || object.spread.length)
                        message.spread = $String(object.spread);
                return message;
            };

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Profile
             * @static
             * @param {ampm.v1.Profile} message Profile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Profile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.volumes = [];
                    object.nics = [];
                    object.tags = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.description = "";
                    object.template = "";
                    object.resources = null;
                    object.category = "";
                    object.requirements = "";
                    object.spread = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = message.template;
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.ampm.v1.Resources.toObject(message.resources, options, _depth + 1);
                if (message.volumes && message.volumes.length) {
                    object.volumes = $Array(message.volumes.length);
                    for (let j = 0; j < message.volumes.length; ++j)
                        object.volumes[j] = $root.ampm.v1.VolumeSpec.toObject(message.volumes[j], options, _depth + 1);
                }
                if (message.nics && message.nics.length) {
                    object.nics = $Array(message.nics.length);
                    for (let j = 0; j < message.nics.length; ++j)
                        object.nics[j] = $root.ampm.v1.NicSpec.toObject(message.nics[j], options, _depth + 1);
                }
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                    object.category = message.category;
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements"))
                    object.requirements = message.requirements;
                if (message.spread != null && $Object.hasOwnProperty.call(message, "spread"))
                    object.spread = message.spread;
                return object;
            };

            /**
             * Converts this Profile to JSON.
             * @function toJSON
             * @memberof ampm.v1.Profile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Profile.prototype.toJSON = function() {
                return Profile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Profile
             * @function getTypeUrl
             * @memberof ampm.v1.Profile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Profile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Profile";
            };

            return Profile;
        })();

        v1.Volume = (function() {

            /**
             * Properties of a Volume.
             * @typedef {Object} ampm.v1.Volume.$Properties
             * @property {string|null} [name] Volume name
             * @property {string|null} [storage] Volume storage
             * @property {string|null} [volume] Volume volume
             * @property {number|null} [sizeBytes] Volume sizeBytes
             * @property {string|null} [path] Volume path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Volume.
             * @memberof ampm.v1
             * @interface IVolume
             * @augments ampm.v1.Volume.$Properties
             * @deprecated Use ampm.v1.Volume.$Properties instead.
             */

            /**
             * Shape of a Volume.
             * @typedef {ampm.v1.Volume.$Properties} ampm.v1.Volume.$Shape
             */

            /**
             * Constructs a new Volume.
             * @memberof ampm.v1
             * @classdesc Represents a Volume.
             * @constructor
             * @param {ampm.v1.Volume.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Volume = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Volume name.
             * @member {string} name
             * @memberof ampm.v1.Volume
             * @instance
             */
            Volume.prototype.name = "";

            /**
             * Volume storage.
             * @member {string} storage
             * @memberof ampm.v1.Volume
             * @instance
             */
            Volume.prototype.storage = "";

            /**
             * Volume volume.
             * @member {string} volume
             * @memberof ampm.v1.Volume
             * @instance
             */
            Volume.prototype.volume = "";

            /**
             * Volume sizeBytes.
             * @member {number} sizeBytes
             * @memberof ampm.v1.Volume
             * @instance
             */
            Volume.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Volume path.
             * @member {string} path
             * @memberof ampm.v1.Volume
             * @instance
             */
            Volume.prototype.path = "";

            /**
             * Creates a new Volume instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Volume
             * @static
             * @param {ampm.v1.Volume.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Volume} Volume instance
             * @type {{
             *   (properties: ampm.v1.Volume.$Shape): ampm.v1.Volume & ampm.v1.Volume.$Shape;
             *   (properties?: ampm.v1.Volume.$Properties): ampm.v1.Volume;
             * }}
             */
            Volume.create = function(properties) {
                return new Volume(properties);
            };

            /**
             * Encodes the specified Volume message. Does not implicitly {@link ampm.v1.Volume.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Volume
             * @static
             * @param {ampm.v1.Volume.$Properties} message Volume message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Volume.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage") && message.storage !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.storage);
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.volume);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sizeBytes);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.path);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Volume message, length delimited. Does not implicitly {@link ampm.v1.Volume.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Volume
             * @static
             * @param {ampm.v1.Volume.$Properties} message Volume message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Volume.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Volume message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Volume
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Volume & ampm.v1.Volume.$Shape} Volume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Volume.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Volume();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.storage = value;
                            else
                                delete message.storage;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.volume = value;
                            else
                                delete message.volume;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Volume message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Volume
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Volume & ampm.v1.Volume.$Shape} Volume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Volume.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Volume message.
             * @function verify
             * @memberof ampm.v1.Volume
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Volume.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    if (!$util.isString(message.storage))
                        return "storage: string expected";
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    if (!$util.isString(message.volume))
                        return "volume: string expected";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                return null;
            };

            /**
             * Creates a Volume message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Volume
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Volume} Volume
             */
            Volume.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Volume)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Volume: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Volume();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.storage != null)
                    if (typeof object.storage !== "string" || object.storage.length)
                        message.storage = $String(object.storage);
                if (object.volume != null)
                    if (typeof object.volume !== "string" || object.volume.length)
                        message.volume = $String(object.volume);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                return message;
            };

            /**
             * Creates a plain object from a Volume message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Volume
             * @static
             * @param {ampm.v1.Volume} message Volume
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Volume.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.storage = "";
                    object.volume = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.path = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    object.storage = message.storage;
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    object.volume = message.volume;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                return object;
            };

            /**
             * Converts this Volume to JSON.
             * @function toJSON
             * @memberof ampm.v1.Volume
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Volume.prototype.toJSON = function() {
                return Volume.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Volume
             * @function getTypeUrl
             * @memberof ampm.v1.Volume
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Volume.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Volume";
            };

            return Volume;
        })();

        v1.Nic = (function() {

            /**
             * Properties of a Nic.
             * @typedef {Object} ampm.v1.Nic.$Properties
             * @property {string|null} [mac] Nic mac
             * @property {string|null} [bridge] Nic bridge
             * @property {number|null} [vlan] Nic vlan
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Nic.
             * @memberof ampm.v1
             * @interface INic
             * @augments ampm.v1.Nic.$Properties
             * @deprecated Use ampm.v1.Nic.$Properties instead.
             */

            /**
             * Shape of a Nic.
             * @typedef {ampm.v1.Nic.$Properties} ampm.v1.Nic.$Shape
             */

            /**
             * Constructs a new Nic.
             * @memberof ampm.v1
             * @classdesc Represents a Nic.
             * @constructor
             * @param {ampm.v1.Nic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Nic = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Nic mac.
             * @member {string} mac
             * @memberof ampm.v1.Nic
             * @instance
             */
            Nic.prototype.mac = "";

            /**
             * Nic bridge.
             * @member {string} bridge
             * @memberof ampm.v1.Nic
             * @instance
             */
            Nic.prototype.bridge = "";

            /**
             * Nic vlan.
             * @member {number} vlan
             * @memberof ampm.v1.Nic
             * @instance
             */
            Nic.prototype.vlan = 0;

            /**
             * Creates a new Nic instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Nic
             * @static
             * @param {ampm.v1.Nic.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Nic} Nic instance
             * @type {{
             *   (properties: ampm.v1.Nic.$Shape): ampm.v1.Nic & ampm.v1.Nic.$Shape;
             *   (properties?: ampm.v1.Nic.$Properties): ampm.v1.Nic;
             * }}
             */
            Nic.create = function(properties) {
                return new Nic(properties);
            };

            /**
             * Encodes the specified Nic message. Does not implicitly {@link ampm.v1.Nic.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Nic
             * @static
             * @param {ampm.v1.Nic.$Properties} message Nic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.mac);
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge") && message.bridge !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bridge);
                if (message.vlan != null && $Object.hasOwnProperty.call(message, "vlan") && message.vlan !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.vlan);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Nic message, length delimited. Does not implicitly {@link ampm.v1.Nic.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Nic
             * @static
             * @param {ampm.v1.Nic.$Properties} message Nic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nic.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Nic message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Nic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Nic & ampm.v1.Nic.$Shape} Nic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nic.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Nic();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridge = value;
                            else
                                delete message.bridge;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vlan = value;
                            else
                                delete message.vlan;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Nic message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Nic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Nic & ampm.v1.Nic.$Shape} Nic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nic.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Nic message.
             * @function verify
             * @memberof ampm.v1.Nic
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Nic.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    if (!$util.isString(message.mac))
                        return "mac: string expected";
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge"))
                    if (!$util.isString(message.bridge))
                        return "bridge: string expected";
                if (message.vlan != null && $Object.hasOwnProperty.call(message, "vlan"))
                    if (!$util.isInteger(message.vlan))
                        return "vlan: integer expected";
                return null;
            };

            /**
             * Creates a Nic message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Nic
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Nic} Nic
             */
            Nic.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Nic)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Nic: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Nic();
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.bridge != null)
                    if (typeof object.bridge !== "string" || object.bridge.length)
                        message.bridge = $String(object.bridge);
                if (object.vlan != null)
                    if ($Number(object.vlan) !== 0)
                        message.vlan = object.vlan >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Nic message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Nic
             * @static
             * @param {ampm.v1.Nic} message Nic
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Nic.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.mac = "";
                    object.bridge = "";
                    object.vlan = 0;
                }
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge"))
                    object.bridge = message.bridge;
                if (message.vlan != null && $Object.hasOwnProperty.call(message, "vlan"))
                    object.vlan = message.vlan;
                return object;
            };

            /**
             * Converts this Nic to JSON.
             * @function toJSON
             * @memberof ampm.v1.Nic
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Nic.prototype.toJSON = function() {
                return Nic.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Nic
             * @function getTypeUrl
             * @memberof ampm.v1.Nic
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Nic.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Nic";
            };

            return Nic;
        })();

        v1.Instance = (function() {

            /**
             * Properties of an Instance.
             * @typedef {Object} ampm.v1.Instance.$Properties
             * @property {string|null} [hostname] Instance hostname
             * @property {string|null} [profile] Instance profile
             * @property {string|null} [category] Instance category
             * @property {Array.<string>|null} [tags] Instance tags
             * @property {ampm.v1.Resources.$Properties|null} [resources] Instance resources
             * @property {Array.<ampm.v1.Volume.$Properties>|null} [volumes] Instance volumes
             * @property {Array.<ampm.v1.Nic.$Properties>|null} [nics] Instance nics
             * @property {string|null} [template] Instance template
             * @property {string|null} [state] Instance state
             * @property {string|null} [host] Instance host
             * @property {number|null} [createdAtMs] Instance createdAtMs
             * @property {string|null} [spread] Instance spread
             * @property {string|null} [requirements] Instance requirements
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Instance.
             * @memberof ampm.v1
             * @interface IInstance
             * @augments ampm.v1.Instance.$Properties
             * @deprecated Use ampm.v1.Instance.$Properties instead.
             */

            /**
             * Shape of an Instance.
             * @typedef {ampm.v1.Instance.$Properties} ampm.v1.Instance.$Shape
             */

            /**
             * Constructs a new Instance.
             * @memberof ampm.v1
             * @classdesc Represents an Instance.
             * @constructor
             * @param {ampm.v1.Instance.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Instance = function (properties) {
                this.tags = [];
                this.volumes = [];
                this.nics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Instance hostname.
             * @member {string} hostname
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.hostname = "";

            /**
             * Instance profile.
             * @member {string} profile
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.profile = "";

            /**
             * Instance category.
             * @member {string} category
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.category = "";

            /**
             * Instance tags.
             * @member {Array.<string>} tags
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.tags = $util.emptyArray;

            /**
             * Instance resources.
             * @member {ampm.v1.Resources.$Properties|null|undefined} resources
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.resources = null;

            /**
             * Instance volumes.
             * @member {Array.<ampm.v1.Volume.$Properties>} volumes
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.volumes = $util.emptyArray;

            /**
             * Instance nics.
             * @member {Array.<ampm.v1.Nic.$Properties>} nics
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.nics = $util.emptyArray;

            /**
             * Instance template.
             * @member {string} template
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.template = "";

            /**
             * Instance state.
             * @member {string} state
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.state = "";

            /**
             * Instance host.
             * @member {string} host
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.host = "";

            /**
             * Instance createdAtMs.
             * @member {number} createdAtMs
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Instance spread.
             * @member {string} spread
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.spread = "";

            /**
             * Instance requirements.
             * @member {string} requirements
             * @memberof ampm.v1.Instance
             * @instance
             */
            Instance.prototype.requirements = "";

            /**
             * Creates a new Instance instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Instance
             * @static
             * @param {ampm.v1.Instance.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Instance} Instance instance
             * @type {{
             *   (properties: ampm.v1.Instance.$Shape): ampm.v1.Instance & ampm.v1.Instance.$Shape;
             *   (properties?: ampm.v1.Instance.$Properties): ampm.v1.Instance;
             * }}
             */
            Instance.create = function(properties) {
                return new Instance(properties);
            };

            /**
             * Encodes the specified Instance message. Does not implicitly {@link ampm.v1.Instance.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Instance
             * @static
             * @param {ampm.v1.Instance.$Properties} message Instance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Instance.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostname);
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile") && message.profile !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.profile);
                if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.category);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.tags[i]);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.ampm.v1.Resources.encode(message.resources, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.volumes != null && message.volumes.length)
                    for (let i = 0; i < message.volumes.length; ++i)
                        $root.ampm.v1.Volume.encode(message.volumes[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.nics != null && message.nics.length)
                    for (let i = 0; i < message.nics.length; ++i)
                        $root.ampm.v1.Nic.encode(message.nics[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.template);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.state);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.host);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.createdAtMs);
                if (message.spread != null && $Object.hasOwnProperty.call(message, "spread") && message.spread !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.spread);
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements") && message.requirements !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.requirements);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Instance message, length delimited. Does not implicitly {@link ampm.v1.Instance.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Instance
             * @static
             * @param {ampm.v1.Instance.$Properties} message Instance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Instance.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Instance message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Instance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Instance & ampm.v1.Instance.$Shape} Instance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Instance.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Instance();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.profile = value;
                            else
                                delete message.profile;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.category = value;
                            else
                                delete message.category;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.ampm.v1.Resources.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.volumes && message.volumes.length))
                                message.volumes = [];
                            message.volumes.push($root.ampm.v1.Volume.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nics && message.nics.length))
                                message.nics = [];
                            message.nics.push($root.ampm.v1.Nic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.spread = value;
                            else
                                delete message.spread;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requirements = value;
                            else
                                delete message.requirements;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Instance message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Instance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Instance & ampm.v1.Instance.$Shape} Instance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Instance.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Instance message.
             * @function verify
             * @memberof ampm.v1.Instance
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Instance.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    if (!$util.isString(message.profile))
                        return "profile: string expected";
                if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                    if (!$util.isString(message.category))
                        return "category: string expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                    let error = $root.ampm.v1.Resources.verify(message.resources, _depth + 1);
                    if (error)
                        return "resources." + error;
                }
                if (message.volumes != null && $Object.hasOwnProperty.call(message, "volumes")) {
                    if (!$Array.isArray(message.volumes))
                        return "volumes: array expected";
                    for (let i = 0; i < message.volumes.length; ++i) {
                        let error = $root.ampm.v1.Volume.verify(message.volumes[i], _depth + 1);
                        if (error)
                            return "volumes." + error;
                    }
                }
                if (message.nics != null && $Object.hasOwnProperty.call(message, "nics")) {
                    if (!$Array.isArray(message.nics))
                        return "nics: array expected";
                    for (let i = 0; i < message.nics.length; ++i) {
                        let error = $root.ampm.v1.Nic.verify(message.nics[i], _depth + 1);
                        if (error)
                            return "nics." + error;
                    }
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!$util.isString(message.template))
                        return "template: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    if (!$util.isString(message.host))
                        return "host: string expected";
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (!$util.isInteger(message.createdAtMs) && !(message.createdAtMs && $util.isInteger(message.createdAtMs.low) && $util.isInteger(message.createdAtMs.high)))
                        return "createdAtMs: integer|Long expected";
                if (message.spread != null && $Object.hasOwnProperty.call(message, "spread"))
                    if (!$util.isString(message.spread))
                        return "spread: string expected";
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements"))
                    if (!$util.isString(message.requirements))
                        return "requirements: string expected";
                return null;
            };

            /**
             * Creates an Instance message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Instance
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Instance} Instance
             */
            Instance.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Instance)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Instance: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Instance();
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.profile != null)
                    if (typeof object.profile !== "string" || object.profile.length)
                        message.profile = $String(object.profile);
                if (object.category != null)
                    if (typeof object.category !== "string" || object.category.length)
                        message.category = $String(object.category);
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".ampm.v1.Instance.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".ampm.v1.Instance.resources: object expected");
                    message.resources = $root.ampm.v1.Resources.fromObject(object.resources, _depth + 1);
                }
                if (object.volumes) {
                    if (!$Array.isArray(object.volumes))
                        throw $TypeError(".ampm.v1.Instance.volumes: array expected");
                    message.volumes = $Array(object.volumes.length);
                    for (let i = 0; i < object.volumes.length; ++i) {
                        if (!$util.isObject(object.volumes[i]))
                            throw $TypeError(".ampm.v1.Instance.volumes: object expected");
                        message.volumes[i] = $root.ampm.v1.Volume.fromObject(object.volumes[i], _depth + 1);
                    }
                }
                if (object.nics) {
                    if (!$Array.isArray(object.nics))
                        throw $TypeError(".ampm.v1.Instance.nics: array expected");
                    message.nics = $Array(object.nics.length);
                    for (let i = 0; i < object.nics.length; ++i) {
                        if (!$util.isObject(object.nics[i]))
                            throw $TypeError(".ampm.v1.Instance.nics: object expected");
                        message.nics[i] = $root.ampm.v1.Nic.fromObject(object.nics[i], _depth + 1);
                    }
                }
                if (object.template != null)
                    if (typeof object.template !== "string" || object.template.length)
                        message.template = $String(object.template);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, true);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber(true);
                if (object.spread != null)
                    if (typeof object.spread !== "string" || object.spread.length)
                        message.spread = $String(object.spread);
                if (object.requirements != null)
                    if (typeof object.requirements !== "string" || object.requirements.length)
                        message.requirements = $String(object.requirements);
                return message;
            };

            /**
             * Creates a plain object from an Instance message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Instance
             * @static
             * @param {ampm.v1.Instance} message Instance
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Instance.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.tags = [];
                    object.volumes = [];
                    object.nics = [];
                }
                if (options.defaults) {
                    object.hostname = "";
                    object.profile = "";
                    object.category = "";
                    object.resources = null;
                    object.template = "";
                    object.state = "";
                    object.host = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.spread = "";
                    object.requirements = "";
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    object.profile = message.profile;
                if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                    object.category = message.category;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.ampm.v1.Resources.toObject(message.resources, options, _depth + 1);
                if (message.volumes && message.volumes.length) {
                    object.volumes = $Array(message.volumes.length);
                    for (let j = 0; j < message.volumes.length; ++j)
                        object.volumes[j] = $root.ampm.v1.Volume.toObject(message.volumes[j], options, _depth + 1);
                }
                if (message.nics && message.nics.length) {
                    object.nics = $Array(message.nics.length);
                    for (let j = 0; j < message.nics.length; ++j)
                        object.nics[j] = $root.ampm.v1.Nic.toObject(message.nics[j], options, _depth + 1);
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = message.template;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber(true) : message.createdAtMs;
                if (message.spread != null && $Object.hasOwnProperty.call(message, "spread"))
                    object.spread = message.spread;
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements"))
                    object.requirements = message.requirements;
                return object;
            };

            /**
             * Converts this Instance to JSON.
             * @function toJSON
             * @memberof ampm.v1.Instance
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Instance.prototype.toJSON = function() {
                return Instance.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Instance
             * @function getTypeUrl
             * @memberof ampm.v1.Instance
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Instance.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Instance";
            };

            return Instance;
        })();

        v1.HostState = (function() {

            /**
             * Properties of a HostState.
             * @typedef {Object} ampm.v1.HostState.$Properties
             * @property {boolean|null} [enabled] HostState enabled
             * @property {string|null} [reason] HostState reason
             * @property {string|null} [changedBy] HostState changedBy
             * @property {number|null} [changedAtMs] HostState changedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostState.
             * @memberof ampm.v1
             * @interface IHostState
             * @augments ampm.v1.HostState.$Properties
             * @deprecated Use ampm.v1.HostState.$Properties instead.
             */

            /**
             * Shape of a HostState.
             * @typedef {ampm.v1.HostState.$Properties} ampm.v1.HostState.$Shape
             */

            /**
             * Constructs a new HostState.
             * @memberof ampm.v1
             * @classdesc Represents a HostState.
             * @constructor
             * @param {ampm.v1.HostState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostState enabled.
             * @member {boolean} enabled
             * @memberof ampm.v1.HostState
             * @instance
             */
            HostState.prototype.enabled = false;

            /**
             * HostState reason.
             * @member {string} reason
             * @memberof ampm.v1.HostState
             * @instance
             */
            HostState.prototype.reason = "";

            /**
             * HostState changedBy.
             * @member {string} changedBy
             * @memberof ampm.v1.HostState
             * @instance
             */
            HostState.prototype.changedBy = "";

            /**
             * HostState changedAtMs.
             * @member {number} changedAtMs
             * @memberof ampm.v1.HostState
             * @instance
             */
            HostState.prototype.changedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HostState instance using the specified properties.
             * @function create
             * @memberof ampm.v1.HostState
             * @static
             * @param {ampm.v1.HostState.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.HostState} HostState instance
             * @type {{
             *   (properties: ampm.v1.HostState.$Shape): ampm.v1.HostState & ampm.v1.HostState.$Shape;
             *   (properties?: ampm.v1.HostState.$Properties): ampm.v1.HostState;
             * }}
             */
            HostState.create = function(properties) {
                return new HostState(properties);
            };

            /**
             * Encodes the specified HostState message. Does not implicitly {@link ampm.v1.HostState.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.HostState
             * @static
             * @param {ampm.v1.HostState.$Properties} message HostState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.enabled);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.changedBy != null && $Object.hasOwnProperty.call(message, "changedBy") && message.changedBy !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.changedBy);
                if (message.changedAtMs != null && $Object.hasOwnProperty.call(message, "changedAtMs") && (typeof message.changedAtMs === "object" ? message.changedAtMs.low || message.changedAtMs.high : message.changedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.changedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HostState message, length delimited. Does not implicitly {@link ampm.v1.HostState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.HostState
             * @static
             * @param {ampm.v1.HostState.$Properties} message HostState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostState message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.HostState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.HostState & ampm.v1.HostState.$Shape} HostState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.HostState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.enabled = value;
                            else
                                delete message.enabled;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.changedBy = value;
                            else
                                delete message.changedBy;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.changedAtMs = value;
                            else
                                delete message.changedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HostState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.HostState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.HostState & ampm.v1.HostState.$Shape} HostState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostState message.
             * @function verify
             * @memberof ampm.v1.HostState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    if (typeof message.enabled !== "boolean")
                        return "enabled: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.changedBy != null && $Object.hasOwnProperty.call(message, "changedBy"))
                    if (!$util.isString(message.changedBy))
                        return "changedBy: string expected";
                if (message.changedAtMs != null && $Object.hasOwnProperty.call(message, "changedAtMs"))
                    if (!$util.isInteger(message.changedAtMs) && !(message.changedAtMs && $util.isInteger(message.changedAtMs.low) && $util.isInteger(message.changedAtMs.high)))
                        return "changedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a HostState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.HostState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.HostState} HostState
             */
            HostState.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.HostState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.HostState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.HostState();
                if (object.enabled != null)
                    if (object.enabled)
                        message.enabled = $Boolean(object.enabled);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.changedBy != null)
                    if (typeof object.changedBy !== "string" || object.changedBy.length)
                        message.changedBy = $String(object.changedBy);
                if (object.changedAtMs != null)
                    if (typeof object.changedAtMs === "object" ? object.changedAtMs.low || object.changedAtMs.high : $Number(object.changedAtMs) !== 0)
                        if ($util.Long)
                            message.changedAtMs = $util.Long.fromValue(object.changedAtMs, true);
                        else if (typeof object.changedAtMs === "string")
                            message.changedAtMs = $parseInt(object.changedAtMs, 10);
                        else if (typeof object.changedAtMs === "number")
                            message.changedAtMs = object.changedAtMs;
                        else if (typeof object.changedAtMs === "object")
                            message.changedAtMs = new $util.LongBits(object.changedAtMs.low >>> 0, object.changedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HostState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.HostState
             * @static
             * @param {ampm.v1.HostState} message HostState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.enabled = false;
                    object.reason = "";
                    object.changedBy = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.changedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.changedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    object.enabled = message.enabled;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.changedBy != null && $Object.hasOwnProperty.call(message, "changedBy"))
                    object.changedBy = message.changedBy;
                if (message.changedAtMs != null && $Object.hasOwnProperty.call(message, "changedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.changedAtMs = typeof message.changedAtMs === "number" ? $BigInt(message.changedAtMs) : $util.Long.fromBits(message.changedAtMs.low >>> 0, message.changedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.changedAtMs === "number")
                        object.changedAtMs = options.longs === $String ? $String(message.changedAtMs) : message.changedAtMs;
                    else
                        object.changedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.changedAtMs) : options.longs === $Number ? new $util.LongBits(message.changedAtMs.low >>> 0, message.changedAtMs.high >>> 0).toNumber(true) : message.changedAtMs;
                return object;
            };

            /**
             * Converts this HostState to JSON.
             * @function toJSON
             * @memberof ampm.v1.HostState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostState.prototype.toJSON = function() {
                return HostState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostState
             * @function getTypeUrl
             * @memberof ampm.v1.HostState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.HostState";
            };

            return HostState;
        })();

        v1.Capacity = (function() {

            /**
             * Properties of a Capacity.
             * @typedef {Object} ampm.v1.Capacity.$Properties
             * @property {number|null} [slots] Capacity slots
             * @property {number|null} [vcpus] Capacity vcpus
             * @property {number|null} [memoryMb] Capacity memoryMb
             * @property {number|null} [diskBytes] Capacity diskBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capacity.
             * @memberof ampm.v1
             * @interface ICapacity
             * @augments ampm.v1.Capacity.$Properties
             * @deprecated Use ampm.v1.Capacity.$Properties instead.
             */

            /**
             * Shape of a Capacity.
             * @typedef {ampm.v1.Capacity.$Properties} ampm.v1.Capacity.$Shape
             */

            /**
             * Constructs a new Capacity.
             * @memberof ampm.v1
             * @classdesc Represents a Capacity.
             * @constructor
             * @param {ampm.v1.Capacity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capacity = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Capacity slots.
             * @member {number} slots
             * @memberof ampm.v1.Capacity
             * @instance
             */
            Capacity.prototype.slots = 0;

            /**
             * Capacity vcpus.
             * @member {number} vcpus
             * @memberof ampm.v1.Capacity
             * @instance
             */
            Capacity.prototype.vcpus = 0;

            /**
             * Capacity memoryMb.
             * @member {number} memoryMb
             * @memberof ampm.v1.Capacity
             * @instance
             */
            Capacity.prototype.memoryMb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capacity diskBytes.
             * @member {number} diskBytes
             * @memberof ampm.v1.Capacity
             * @instance
             */
            Capacity.prototype.diskBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Capacity instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Capacity
             * @static
             * @param {ampm.v1.Capacity.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Capacity} Capacity instance
             * @type {{
             *   (properties: ampm.v1.Capacity.$Shape): ampm.v1.Capacity & ampm.v1.Capacity.$Shape;
             *   (properties?: ampm.v1.Capacity.$Properties): ampm.v1.Capacity;
             * }}
             */
            Capacity.create = function(properties) {
                return new Capacity(properties);
            };

            /**
             * Encodes the specified Capacity message. Does not implicitly {@link ampm.v1.Capacity.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Capacity
             * @static
             * @param {ampm.v1.Capacity.$Properties} message Capacity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capacity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.slots);
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.vcpus);
                if (message.memoryMb != null && $Object.hasOwnProperty.call(message, "memoryMb") && (typeof message.memoryMb === "object" ? message.memoryMb.low || message.memoryMb.high : message.memoryMb !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryMb);
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes") && (typeof message.diskBytes === "object" ? message.diskBytes.low || message.diskBytes.high : message.diskBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.diskBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Capacity message, length delimited. Does not implicitly {@link ampm.v1.Capacity.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Capacity
             * @static
             * @param {ampm.v1.Capacity.$Properties} message Capacity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capacity.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Capacity message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Capacity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Capacity & ampm.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capacity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Capacity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slots = value;
                            else
                                delete message.slots;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vcpus = value;
                            else
                                delete message.vcpus;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryMb = value;
                            else
                                delete message.memoryMb;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskBytes = value;
                            else
                                delete message.diskBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Capacity message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Capacity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Capacity & ampm.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capacity.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Capacity message.
             * @function verify
             * @memberof ampm.v1.Capacity
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capacity.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    if (!$util.isInteger(message.slots))
                        return "slots: integer expected";
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    if (!$util.isInteger(message.vcpus))
                        return "vcpus: integer expected";
                if (message.memoryMb != null && $Object.hasOwnProperty.call(message, "memoryMb"))
                    if (!$util.isInteger(message.memoryMb) && !(message.memoryMb && $util.isInteger(message.memoryMb.low) && $util.isInteger(message.memoryMb.high)))
                        return "memoryMb: integer|Long expected";
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (!$util.isInteger(message.diskBytes) && !(message.diskBytes && $util.isInteger(message.diskBytes.low) && $util.isInteger(message.diskBytes.high)))
                        return "diskBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a Capacity message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Capacity
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Capacity} Capacity
             */
            Capacity.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Capacity)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Capacity: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Capacity();
                if (object.slots != null)
                    if ($Number(object.slots) !== 0)
                        message.slots = object.slots >>> 0;
                if (object.vcpus != null)
                    if ($Number(object.vcpus) !== 0)
                        message.vcpus = object.vcpus >>> 0;
                if (object.memoryMb != null)
                    if (typeof object.memoryMb === "object" ? object.memoryMb.low || object.memoryMb.high : $Number(object.memoryMb) !== 0)
                        if ($util.Long)
                            message.memoryMb = $util.Long.fromValue(object.memoryMb, true);
                        else if (typeof object.memoryMb === "string")
                            message.memoryMb = $parseInt(object.memoryMb, 10);
                        else if (typeof object.memoryMb === "number")
                            message.memoryMb = object.memoryMb;
                        else if (typeof object.memoryMb === "object")
                            message.memoryMb = new $util.LongBits(object.memoryMb.low >>> 0, object.memoryMb.high >>> 0).toNumber(true);
                if (object.diskBytes != null)
                    if (typeof object.diskBytes === "object" ? object.diskBytes.low || object.diskBytes.high : $Number(object.diskBytes) !== 0)
                        if ($util.Long)
                            message.diskBytes = $util.Long.fromValue(object.diskBytes, true);
                        else if (typeof object.diskBytes === "string")
                            message.diskBytes = $parseInt(object.diskBytes, 10);
                        else if (typeof object.diskBytes === "number")
                            message.diskBytes = object.diskBytes;
                        else if (typeof object.diskBytes === "object")
                            message.diskBytes = new $util.LongBits(object.diskBytes.low >>> 0, object.diskBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Capacity message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Capacity
             * @static
             * @param {ampm.v1.Capacity} message Capacity
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capacity.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.slots = 0;
                    object.vcpus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryMb = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryMb = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    object.slots = message.slots;
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    object.vcpus = message.vcpus;
                if (message.memoryMb != null && $Object.hasOwnProperty.call(message, "memoryMb"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryMb = typeof message.memoryMb === "number" ? $BigInt(message.memoryMb) : $util.Long.fromBits(message.memoryMb.low >>> 0, message.memoryMb.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryMb === "number")
                        object.memoryMb = options.longs === $String ? $String(message.memoryMb) : message.memoryMb;
                    else
                        object.memoryMb = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryMb) : options.longs === $Number ? new $util.LongBits(message.memoryMb.low >>> 0, message.memoryMb.high >>> 0).toNumber(true) : message.memoryMb;
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskBytes = typeof message.diskBytes === "number" ? $BigInt(message.diskBytes) : $util.Long.fromBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskBytes === "number")
                        object.diskBytes = options.longs === $String ? $String(message.diskBytes) : message.diskBytes;
                    else
                        object.diskBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskBytes) : options.longs === $Number ? new $util.LongBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0).toNumber(true) : message.diskBytes;
                return object;
            };

            /**
             * Converts this Capacity to JSON.
             * @function toJSON
             * @memberof ampm.v1.Capacity
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capacity.prototype.toJSON = function() {
                return Capacity.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Capacity
             * @function getTypeUrl
             * @memberof ampm.v1.Capacity
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Capacity.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Capacity";
            };

            return Capacity;
        })();

        v1.HostStatusRequest = (function() {

            /**
             * Properties of a HostStatusRequest.
             * @typedef {Object} ampm.v1.HostStatusRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostStatusRequest.
             * @memberof ampm.v1
             * @interface IHostStatusRequest
             * @augments ampm.v1.HostStatusRequest.$Properties
             * @deprecated Use ampm.v1.HostStatusRequest.$Properties instead.
             */

            /**
             * Shape of a HostStatusRequest.
             * @typedef {ampm.v1.HostStatusRequest.$Properties} ampm.v1.HostStatusRequest.$Shape
             */

            /**
             * Constructs a new HostStatusRequest.
             * @memberof ampm.v1
             * @classdesc Represents a HostStatusRequest.
             * @constructor
             * @param {ampm.v1.HostStatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostStatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new HostStatusRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {ampm.v1.HostStatusRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.HostStatusRequest} HostStatusRequest instance
             * @type {{
             *   (properties: ampm.v1.HostStatusRequest.$Shape): ampm.v1.HostStatusRequest & ampm.v1.HostStatusRequest.$Shape;
             *   (properties?: ampm.v1.HostStatusRequest.$Properties): ampm.v1.HostStatusRequest;
             * }}
             */
            HostStatusRequest.create = function(properties) {
                return new HostStatusRequest(properties);
            };

            /**
             * Encodes the specified HostStatusRequest message. Does not implicitly {@link ampm.v1.HostStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {ampm.v1.HostStatusRequest.$Properties} message HostStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HostStatusRequest message, length delimited. Does not implicitly {@link ampm.v1.HostStatusRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {ampm.v1.HostStatusRequest.$Properties} message HostStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStatusRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.HostStatusRequest & ampm.v1.HostStatusRequest.$Shape} HostStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.HostStatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HostStatusRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.HostStatusRequest & ampm.v1.HostStatusRequest.$Shape} HostStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStatusRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostStatusRequest message.
             * @function verify
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostStatusRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a HostStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.HostStatusRequest} HostStatusRequest
             */
            HostStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.HostStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.HostStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ampm.v1.HostStatusRequest();
            };

            /**
             * Creates a plain object from a HostStatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {ampm.v1.HostStatusRequest} message HostStatusRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostStatusRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this HostStatusRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.HostStatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostStatusRequest.prototype.toJSON = function() {
                return HostStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostStatusRequest
             * @function getTypeUrl
             * @memberof ampm.v1.HostStatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.HostStatusRequest";
            };

            return HostStatusRequest;
        })();

        v1.HostStatusReply = (function() {

            /**
             * Properties of a HostStatusReply.
             * @typedef {Object} ampm.v1.HostStatusReply.$Properties
             * @property {ampm.v1.HostState.$Properties|null} [state] HostStatusReply state
             * @property {ampm.v1.Capacity.$Properties|null} [capacity] HostStatusReply capacity
             * @property {ampm.v1.Capacity.$Properties|null} [used] HostStatusReply used
             * @property {Array.<string>|null} [storageTypes] HostStatusReply storageTypes
             * @property {Array.<string>|null} [templateTypes] HostStatusReply templateTypes
             * @property {Array.<string>|null} [categories] HostStatusReply categories
             * @property {Array.<ampm.v1.Instance.$Properties>|null} [instances] HostStatusReply instances
             * @property {string|null} [driver] HostStatusReply driver
             * @property {Array.<string>|null} [tags] HostStatusReply tags
             * @property {google.protobuf.Struct.$Properties|null} [facts] HostStatusReply facts
             * @property {Array.<string>|null} [agents] HostStatusReply agents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostStatusReply.
             * @memberof ampm.v1
             * @interface IHostStatusReply
             * @augments ampm.v1.HostStatusReply.$Properties
             * @deprecated Use ampm.v1.HostStatusReply.$Properties instead.
             */

            /**
             * Shape of a HostStatusReply.
             * @typedef {{
             *   state?: ampm.v1.HostState.$Shape|null;
             *   capacity?: ampm.v1.Capacity.$Shape|null;
             *   used?: ampm.v1.Capacity.$Shape|null;
             *   storageTypes?: Array.<string>|null;
             *   templateTypes?: Array.<string>|null;
             *   categories?: Array.<string>|null;
             *   instances?: Array.<ampm.v1.Instance.$Shape>|null;
             *   driver?: string|null;
             *   tags?: Array.<string>|null;
             *   facts?: google.protobuf.Struct.$Shape|null;
             *   agents?: Array.<string>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ampm.v1.HostStatusReply.$Shape
             */

            /**
             * Constructs a new HostStatusReply.
             * @memberof ampm.v1
             * @classdesc Represents a HostStatusReply.
             * @constructor
             * @param {ampm.v1.HostStatusReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostStatusReply = function (properties) {
                this.storageTypes = [];
                this.templateTypes = [];
                this.categories = [];
                this.instances = [];
                this.tags = [];
                this.agents = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostStatusReply state.
             * @member {ampm.v1.HostState.$Properties|null|undefined} state
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.state = null;

            /**
             * HostStatusReply capacity.
             * @member {ampm.v1.Capacity.$Properties|null|undefined} capacity
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.capacity = null;

            /**
             * HostStatusReply used.
             * @member {ampm.v1.Capacity.$Properties|null|undefined} used
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.used = null;

            /**
             * HostStatusReply storageTypes.
             * @member {Array.<string>} storageTypes
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.storageTypes = $util.emptyArray;

            /**
             * HostStatusReply templateTypes.
             * @member {Array.<string>} templateTypes
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.templateTypes = $util.emptyArray;

            /**
             * HostStatusReply categories.
             * @member {Array.<string>} categories
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.categories = $util.emptyArray;

            /**
             * HostStatusReply instances.
             * @member {Array.<ampm.v1.Instance.$Properties>} instances
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.instances = $util.emptyArray;

            /**
             * HostStatusReply driver.
             * @member {string} driver
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.driver = "";

            /**
             * HostStatusReply tags.
             * @member {Array.<string>} tags
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.tags = $util.emptyArray;

            /**
             * HostStatusReply facts.
             * @member {google.protobuf.Struct.$Properties|null|undefined} facts
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.facts = null;

            /**
             * HostStatusReply agents.
             * @member {Array.<string>} agents
             * @memberof ampm.v1.HostStatusReply
             * @instance
             */
            HostStatusReply.prototype.agents = $util.emptyArray;

            /**
             * Creates a new HostStatusReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {ampm.v1.HostStatusReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.HostStatusReply} HostStatusReply instance
             * @type {{
             *   (properties: ampm.v1.HostStatusReply.$Shape): ampm.v1.HostStatusReply & ampm.v1.HostStatusReply.$Shape;
             *   (properties?: ampm.v1.HostStatusReply.$Properties): ampm.v1.HostStatusReply;
             * }}
             */
            HostStatusReply.create = function(properties) {
                return new HostStatusReply(properties);
            };

            /**
             * Encodes the specified HostStatusReply message. Does not implicitly {@link ampm.v1.HostStatusReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {ampm.v1.HostStatusReply.$Properties} message HostStatusReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStatusReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.ampm.v1.HostState.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    $root.ampm.v1.Capacity.encode(message.capacity, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.used != null && $Object.hasOwnProperty.call(message, "used"))
                    $root.ampm.v1.Capacity.encode(message.used, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.storageTypes != null && message.storageTypes.length)
                    for (let i = 0; i < message.storageTypes.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.storageTypes[i]);
                if (message.templateTypes != null && message.templateTypes.length)
                    for (let i = 0; i < message.templateTypes.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.templateTypes[i]);
                if (message.categories != null && message.categories.length)
                    for (let i = 0; i < message.categories.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.categories[i]);
                if (message.instances != null && message.instances.length)
                    for (let i = 0; i < message.instances.length; ++i)
                        $root.ampm.v1.Instance.encode(message.instances[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver") && message.driver !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.driver);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.tags[i]);
                if (message.facts != null && $Object.hasOwnProperty.call(message, "facts"))
                    $root.google.protobuf.Struct.encode(message.facts, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.agents != null && message.agents.length)
                    for (let i = 0; i < message.agents.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.agents[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HostStatusReply message, length delimited. Does not implicitly {@link ampm.v1.HostStatusReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {ampm.v1.HostStatusReply.$Properties} message HostStatusReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStatusReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostStatusReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.HostStatusReply & ampm.v1.HostStatusReply.$Shape} HostStatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStatusReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.HostStatusReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.ampm.v1.HostState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.capacity = $root.ampm.v1.Capacity.decode(reader, reader.size(), $undefined, _depth + 1, message.capacity);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.used = $root.ampm.v1.Capacity.decode(reader, reader.size(), $undefined, _depth + 1, message.used);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.storageTypes && message.storageTypes.length))
                                message.storageTypes = [];
                            message.storageTypes.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.templateTypes && message.templateTypes.length))
                                message.templateTypes = [];
                            message.templateTypes.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.categories && message.categories.length))
                                message.categories = [];
                            message.categories.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.instances && message.instances.length))
                                message.instances = [];
                            message.instances.push($root.ampm.v1.Instance.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.driver = value;
                            else
                                delete message.driver;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.facts = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.facts);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agents && message.agents.length))
                                message.agents = [];
                            message.agents.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HostStatusReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.HostStatusReply & ampm.v1.HostStatusReply.$Shape} HostStatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStatusReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostStatusReply message.
             * @function verify
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostStatusReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                    let error = $root.ampm.v1.HostState.verify(message.state, _depth + 1);
                    if (error)
                        return "state." + error;
                }
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity")) {
                    let error = $root.ampm.v1.Capacity.verify(message.capacity, _depth + 1);
                    if (error)
                        return "capacity." + error;
                }
                if (message.used != null && $Object.hasOwnProperty.call(message, "used")) {
                    let error = $root.ampm.v1.Capacity.verify(message.used, _depth + 1);
                    if (error)
                        return "used." + error;
                }
                if (message.storageTypes != null && $Object.hasOwnProperty.call(message, "storageTypes")) {
                    if (!$Array.isArray(message.storageTypes))
                        return "storageTypes: array expected";
                    for (let i = 0; i < message.storageTypes.length; ++i)
                        if (!$util.isString(message.storageTypes[i]))
                            return "storageTypes: string[] expected";
                }
                if (message.templateTypes != null && $Object.hasOwnProperty.call(message, "templateTypes")) {
                    if (!$Array.isArray(message.templateTypes))
                        return "templateTypes: array expected";
                    for (let i = 0; i < message.templateTypes.length; ++i)
                        if (!$util.isString(message.templateTypes[i]))
                            return "templateTypes: string[] expected";
                }
                if (message.categories != null && $Object.hasOwnProperty.call(message, "categories")) {
                    if (!$Array.isArray(message.categories))
                        return "categories: array expected";
                    for (let i = 0; i < message.categories.length; ++i)
                        if (!$util.isString(message.categories[i]))
                            return "categories: string[] expected";
                }
                if (message.instances != null && $Object.hasOwnProperty.call(message, "instances")) {
                    if (!$Array.isArray(message.instances))
                        return "instances: array expected";
                    for (let i = 0; i < message.instances.length; ++i) {
                        let error = $root.ampm.v1.Instance.verify(message.instances[i], _depth + 1);
                        if (error)
                            return "instances." + error;
                    }
                }
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    if (!$util.isString(message.driver))
                        return "driver: string expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.facts != null && $Object.hasOwnProperty.call(message, "facts")) {
                    let error = $root.google.protobuf.Struct.verify(message.facts, _depth + 1);
                    if (error)
                        return "facts." + error;
                }
                if (message.agents != null && $Object.hasOwnProperty.call(message, "agents")) {
                    if (!$Array.isArray(message.agents))
                        return "agents: array expected";
                    for (let i = 0; i < message.agents.length; ++i)
                        if (!$util.isString(message.agents[i]))
                            return "agents: string[] expected";
                }
                return null;
            };

            /**
             * Creates a HostStatusReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.HostStatusReply} HostStatusReply
             */
            HostStatusReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.HostStatusReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.HostStatusReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.HostStatusReply();
                if (object.state != null) {
                    if (!$util.isObject(object.state))
                        throw $TypeError(".ampm.v1.HostStatusReply.state: object expected");
                    message.state = $root.ampm.v1.HostState.fromObject(object.state, _depth + 1);
                }
                if (object.capacity != null) {
                    if (!$util.isObject(object.capacity))
                        throw $TypeError(".ampm.v1.HostStatusReply.capacity: object expected");
                    message.capacity = $root.ampm.v1.Capacity.fromObject(object.capacity, _depth + 1);
                }
                if (object.used != null) {
                    if (!$util.isObject(object.used))
                        throw $TypeError(".ampm.v1.HostStatusReply.used: object expected");
                    message.used = $root.ampm.v1.Capacity.fromObject(object.used, _depth + 1);
                }
                if (object.storageTypes) {
                    if (!$Array.isArray(object.storageTypes))
                        throw $TypeError(".ampm.v1.HostStatusReply.storageTypes: array expected");
                    message.storageTypes = $Array(object.storageTypes.length);
                    for (let i = 0; i < object.storageTypes.length; ++i)
                        message.storageTypes[i] = $String(object.storageTypes[i]);
                }
                if (object.templateTypes) {
                    if (!$Array.isArray(object.templateTypes))
                        throw $TypeError(".ampm.v1.HostStatusReply.templateTypes: array expected");
                    message.templateTypes = $Array(object.templateTypes.length);
                    for (let i = 0; i < object.templateTypes.length; ++i)
                        message.templateTypes[i] = $String(object.templateTypes[i]);
                }
                if (object.categories) {
                    if (!$Array.isArray(object.categories))
                        throw $TypeError(".ampm.v1.HostStatusReply.categories: array expected");
                    message.categories = $Array(object.categories.length);
                    for (let i = 0; i < object.categories.length; ++i)
                        message.categories[i] = $String(object.categories[i]);
                }
                if (object.instances) {
                    if (!$Array.isArray(object.instances))
                        throw $TypeError(".ampm.v1.HostStatusReply.instances: array expected");
                    message.instances = $Array(object.instances.length);
                    for (let i = 0; i < object.instances.length; ++i) {
                        if (!$util.isObject(object.instances[i]))
                            throw $TypeError(".ampm.v1.HostStatusReply.instances: object expected");
                        message.instances[i] = $root.ampm.v1.Instance.fromObject(object.instances[i], _depth + 1);
                    }
                }
                if (object.driver != null)
                    if (typeof object.driver !== "string" || object.driver.length)
                        message.driver = $String(object.driver);
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".ampm.v1.HostStatusReply.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.facts != null) {
                    if (!$util.isObject(object.facts))
                        throw $TypeError(".ampm.v1.HostStatusReply.facts: object expected");
                    message.facts = $root.google.protobuf.Struct.fromObject(object.facts, _depth + 1);
                }
                if (object.agents) {
                    if (!$Array.isArray(object.agents))
                        throw $TypeError(".ampm.v1.HostStatusReply.agents: array expected");
                    message.agents = $Array(object.agents.length);
                    for (let i = 0; i < object.agents.length; ++i)
                        message.agents[i] = $String(object.agents[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a HostStatusReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {ampm.v1.HostStatusReply} message HostStatusReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostStatusReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.storageTypes = [];
                    object.templateTypes = [];
                    object.categories = [];
                    object.instances = [];
                    object.tags = [];
                    object.agents = [];
                }
                if (options.defaults) {
                    object.state = null;
                    object.capacity = null;
                    object.used = null;
                    object.driver = "";
                    object.facts = null;
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = $root.ampm.v1.HostState.toObject(message.state, options, _depth + 1);
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    object.capacity = $root.ampm.v1.Capacity.toObject(message.capacity, options, _depth + 1);
                if (message.used != null && $Object.hasOwnProperty.call(message, "used"))
                    object.used = $root.ampm.v1.Capacity.toObject(message.used, options, _depth + 1);
                if (message.storageTypes && message.storageTypes.length) {
                    object.storageTypes = $Array(message.storageTypes.length);
                    for (let j = 0; j < message.storageTypes.length; ++j)
                        object.storageTypes[j] = message.storageTypes[j];
                }
                if (message.templateTypes && message.templateTypes.length) {
                    object.templateTypes = $Array(message.templateTypes.length);
                    for (let j = 0; j < message.templateTypes.length; ++j)
                        object.templateTypes[j] = message.templateTypes[j];
                }
                if (message.categories && message.categories.length) {
                    object.categories = $Array(message.categories.length);
                    for (let j = 0; j < message.categories.length; ++j)
                        object.categories[j] = message.categories[j];
                }
                if (message.instances && message.instances.length) {
                    object.instances = $Array(message.instances.length);
                    for (let j = 0; j < message.instances.length; ++j)
                        object.instances[j] = $root.ampm.v1.Instance.toObject(message.instances[j], options, _depth + 1);
                }
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    object.driver = message.driver;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.facts != null && $Object.hasOwnProperty.call(message, "facts"))
                    object.facts = $root.google.protobuf.Struct.toObject(message.facts, options, _depth + 1);
                if (message.agents && message.agents.length) {
                    object.agents = $Array(message.agents.length);
                    for (let j = 0; j < message.agents.length; ++j)
                        object.agents[j] = message.agents[j];
                }
                return object;
            };

            /**
             * Converts this HostStatusReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.HostStatusReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostStatusReply.prototype.toJSON = function() {
                return HostStatusReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostStatusReply
             * @function getTypeUrl
             * @memberof ampm.v1.HostStatusReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostStatusReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.HostStatusReply";
            };

            return HostStatusReply;
        })();

        v1.SetEnabledRequest = (function() {

            /**
             * Properties of a SetEnabledRequest.
             * @typedef {Object} ampm.v1.SetEnabledRequest.$Properties
             * @property {boolean|null} [enabled] SetEnabledRequest enabled
             * @property {string|null} [reason] SetEnabledRequest reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetEnabledRequest.
             * @memberof ampm.v1
             * @interface ISetEnabledRequest
             * @augments ampm.v1.SetEnabledRequest.$Properties
             * @deprecated Use ampm.v1.SetEnabledRequest.$Properties instead.
             */

            /**
             * Shape of a SetEnabledRequest.
             * @typedef {ampm.v1.SetEnabledRequest.$Properties} ampm.v1.SetEnabledRequest.$Shape
             */

            /**
             * Constructs a new SetEnabledRequest.
             * @memberof ampm.v1
             * @classdesc Represents a SetEnabledRequest.
             * @constructor
             * @param {ampm.v1.SetEnabledRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetEnabledRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetEnabledRequest enabled.
             * @member {boolean} enabled
             * @memberof ampm.v1.SetEnabledRequest
             * @instance
             */
            SetEnabledRequest.prototype.enabled = false;

            /**
             * SetEnabledRequest reason.
             * @member {string} reason
             * @memberof ampm.v1.SetEnabledRequest
             * @instance
             */
            SetEnabledRequest.prototype.reason = "";

            /**
             * Creates a new SetEnabledRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {ampm.v1.SetEnabledRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.SetEnabledRequest} SetEnabledRequest instance
             * @type {{
             *   (properties: ampm.v1.SetEnabledRequest.$Shape): ampm.v1.SetEnabledRequest & ampm.v1.SetEnabledRequest.$Shape;
             *   (properties?: ampm.v1.SetEnabledRequest.$Properties): ampm.v1.SetEnabledRequest;
             * }}
             */
            SetEnabledRequest.create = function(properties) {
                return new SetEnabledRequest(properties);
            };

            /**
             * Encodes the specified SetEnabledRequest message. Does not implicitly {@link ampm.v1.SetEnabledRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {ampm.v1.SetEnabledRequest.$Properties} message SetEnabledRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetEnabledRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.enabled);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetEnabledRequest message, length delimited. Does not implicitly {@link ampm.v1.SetEnabledRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {ampm.v1.SetEnabledRequest.$Properties} message SetEnabledRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetEnabledRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetEnabledRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.SetEnabledRequest & ampm.v1.SetEnabledRequest.$Shape} SetEnabledRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetEnabledRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.SetEnabledRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.enabled = value;
                            else
                                delete message.enabled;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetEnabledRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.SetEnabledRequest & ampm.v1.SetEnabledRequest.$Shape} SetEnabledRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetEnabledRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetEnabledRequest message.
             * @function verify
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetEnabledRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    if (typeof message.enabled !== "boolean")
                        return "enabled: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a SetEnabledRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.SetEnabledRequest} SetEnabledRequest
             */
            SetEnabledRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.SetEnabledRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.SetEnabledRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.SetEnabledRequest();
                if (object.enabled != null)
                    if (object.enabled)
                        message.enabled = $Boolean(object.enabled);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a SetEnabledRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {ampm.v1.SetEnabledRequest} message SetEnabledRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetEnabledRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.enabled = false;
                    object.reason = "";
                }
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    object.enabled = message.enabled;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this SetEnabledRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.SetEnabledRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetEnabledRequest.prototype.toJSON = function() {
                return SetEnabledRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetEnabledRequest
             * @function getTypeUrl
             * @memberof ampm.v1.SetEnabledRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetEnabledRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.SetEnabledRequest";
            };

            return SetEnabledRequest;
        })();

        v1.SetEnabledReply = (function() {

            /**
             * Properties of a SetEnabledReply.
             * @typedef {Object} ampm.v1.SetEnabledReply.$Properties
             * @property {ampm.v1.HostState.$Properties|null} [state] SetEnabledReply state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetEnabledReply.
             * @memberof ampm.v1
             * @interface ISetEnabledReply
             * @augments ampm.v1.SetEnabledReply.$Properties
             * @deprecated Use ampm.v1.SetEnabledReply.$Properties instead.
             */

            /**
             * Shape of a SetEnabledReply.
             * @typedef {ampm.v1.SetEnabledReply.$Properties} ampm.v1.SetEnabledReply.$Shape
             */

            /**
             * Constructs a new SetEnabledReply.
             * @memberof ampm.v1
             * @classdesc Represents a SetEnabledReply.
             * @constructor
             * @param {ampm.v1.SetEnabledReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetEnabledReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetEnabledReply state.
             * @member {ampm.v1.HostState.$Properties|null|undefined} state
             * @memberof ampm.v1.SetEnabledReply
             * @instance
             */
            SetEnabledReply.prototype.state = null;

            /**
             * Creates a new SetEnabledReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {ampm.v1.SetEnabledReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.SetEnabledReply} SetEnabledReply instance
             * @type {{
             *   (properties: ampm.v1.SetEnabledReply.$Shape): ampm.v1.SetEnabledReply & ampm.v1.SetEnabledReply.$Shape;
             *   (properties?: ampm.v1.SetEnabledReply.$Properties): ampm.v1.SetEnabledReply;
             * }}
             */
            SetEnabledReply.create = function(properties) {
                return new SetEnabledReply(properties);
            };

            /**
             * Encodes the specified SetEnabledReply message. Does not implicitly {@link ampm.v1.SetEnabledReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {ampm.v1.SetEnabledReply.$Properties} message SetEnabledReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetEnabledReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.ampm.v1.HostState.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetEnabledReply message, length delimited. Does not implicitly {@link ampm.v1.SetEnabledReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {ampm.v1.SetEnabledReply.$Properties} message SetEnabledReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetEnabledReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetEnabledReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.SetEnabledReply & ampm.v1.SetEnabledReply.$Shape} SetEnabledReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetEnabledReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.SetEnabledReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.ampm.v1.HostState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetEnabledReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.SetEnabledReply & ampm.v1.SetEnabledReply.$Shape} SetEnabledReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetEnabledReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetEnabledReply message.
             * @function verify
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetEnabledReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                    let error = $root.ampm.v1.HostState.verify(message.state, _depth + 1);
                    if (error)
                        return "state." + error;
                }
                return null;
            };

            /**
             * Creates a SetEnabledReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.SetEnabledReply} SetEnabledReply
             */
            SetEnabledReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.SetEnabledReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.SetEnabledReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.SetEnabledReply();
                if (object.state != null) {
                    if (!$util.isObject(object.state))
                        throw $TypeError(".ampm.v1.SetEnabledReply.state: object expected");
                    message.state = $root.ampm.v1.HostState.fromObject(object.state, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SetEnabledReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {ampm.v1.SetEnabledReply} message SetEnabledReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetEnabledReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.state = null;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = $root.ampm.v1.HostState.toObject(message.state, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SetEnabledReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.SetEnabledReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetEnabledReply.prototype.toJSON = function() {
                return SetEnabledReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetEnabledReply
             * @function getTypeUrl
             * @memberof ampm.v1.SetEnabledReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetEnabledReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.SetEnabledReply";
            };

            return SetEnabledReply;
        })();

        v1.InstancesRequest = (function() {

            /**
             * Properties of an InstancesRequest.
             * @typedef {Object} ampm.v1.InstancesRequest.$Properties
             * @property {string|null} [hostname] InstancesRequest hostname
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InstancesRequest.
             * @memberof ampm.v1
             * @interface IInstancesRequest
             * @augments ampm.v1.InstancesRequest.$Properties
             * @deprecated Use ampm.v1.InstancesRequest.$Properties instead.
             */

            /**
             * Shape of an InstancesRequest.
             * @typedef {ampm.v1.InstancesRequest.$Properties} ampm.v1.InstancesRequest.$Shape
             */

            /**
             * Constructs a new InstancesRequest.
             * @memberof ampm.v1
             * @classdesc Represents an InstancesRequest.
             * @constructor
             * @param {ampm.v1.InstancesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InstancesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InstancesRequest hostname.
             * @member {string} hostname
             * @memberof ampm.v1.InstancesRequest
             * @instance
             */
            InstancesRequest.prototype.hostname = "";

            /**
             * Creates a new InstancesRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {ampm.v1.InstancesRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.InstancesRequest} InstancesRequest instance
             * @type {{
             *   (properties: ampm.v1.InstancesRequest.$Shape): ampm.v1.InstancesRequest & ampm.v1.InstancesRequest.$Shape;
             *   (properties?: ampm.v1.InstancesRequest.$Properties): ampm.v1.InstancesRequest;
             * }}
             */
            InstancesRequest.create = function(properties) {
                return new InstancesRequest(properties);
            };

            /**
             * Encodes the specified InstancesRequest message. Does not implicitly {@link ampm.v1.InstancesRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {ampm.v1.InstancesRequest.$Properties} message InstancesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstancesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostname);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InstancesRequest message, length delimited. Does not implicitly {@link ampm.v1.InstancesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {ampm.v1.InstancesRequest.$Properties} message InstancesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstancesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InstancesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.InstancesRequest & ampm.v1.InstancesRequest.$Shape} InstancesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstancesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.InstancesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an InstancesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.InstancesRequest & ampm.v1.InstancesRequest.$Shape} InstancesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstancesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InstancesRequest message.
             * @function verify
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InstancesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                return null;
            };

            /**
             * Creates an InstancesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.InstancesRequest} InstancesRequest
             */
            InstancesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.InstancesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.InstancesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.InstancesRequest();
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                return message;
            };

            /**
             * Creates a plain object from an InstancesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {ampm.v1.InstancesRequest} message InstancesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InstancesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.hostname = "";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                return object;
            };

            /**
             * Converts this InstancesRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.InstancesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InstancesRequest.prototype.toJSON = function() {
                return InstancesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InstancesRequest
             * @function getTypeUrl
             * @memberof ampm.v1.InstancesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InstancesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.InstancesRequest";
            };

            return InstancesRequest;
        })();

        v1.InstancesReply = (function() {

            /**
             * Properties of an InstancesReply.
             * @typedef {Object} ampm.v1.InstancesReply.$Properties
             * @property {Array.<ampm.v1.Instance.$Properties>|null} [instances] InstancesReply instances
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InstancesReply.
             * @memberof ampm.v1
             * @interface IInstancesReply
             * @augments ampm.v1.InstancesReply.$Properties
             * @deprecated Use ampm.v1.InstancesReply.$Properties instead.
             */

            /**
             * Shape of an InstancesReply.
             * @typedef {ampm.v1.InstancesReply.$Properties} ampm.v1.InstancesReply.$Shape
             */

            /**
             * Constructs a new InstancesReply.
             * @memberof ampm.v1
             * @classdesc Represents an InstancesReply.
             * @constructor
             * @param {ampm.v1.InstancesReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InstancesReply = function (properties) {
                this.instances = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InstancesReply instances.
             * @member {Array.<ampm.v1.Instance.$Properties>} instances
             * @memberof ampm.v1.InstancesReply
             * @instance
             */
            InstancesReply.prototype.instances = $util.emptyArray;

            /**
             * Creates a new InstancesReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {ampm.v1.InstancesReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.InstancesReply} InstancesReply instance
             * @type {{
             *   (properties: ampm.v1.InstancesReply.$Shape): ampm.v1.InstancesReply & ampm.v1.InstancesReply.$Shape;
             *   (properties?: ampm.v1.InstancesReply.$Properties): ampm.v1.InstancesReply;
             * }}
             */
            InstancesReply.create = function(properties) {
                return new InstancesReply(properties);
            };

            /**
             * Encodes the specified InstancesReply message. Does not implicitly {@link ampm.v1.InstancesReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {ampm.v1.InstancesReply.$Properties} message InstancesReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstancesReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.instances != null && message.instances.length)
                    for (let i = 0; i < message.instances.length; ++i)
                        $root.ampm.v1.Instance.encode(message.instances[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InstancesReply message, length delimited. Does not implicitly {@link ampm.v1.InstancesReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {ampm.v1.InstancesReply.$Properties} message InstancesReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstancesReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InstancesReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.InstancesReply & ampm.v1.InstancesReply.$Shape} InstancesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstancesReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.InstancesReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.instances && message.instances.length))
                                message.instances = [];
                            message.instances.push($root.ampm.v1.Instance.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an InstancesReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.InstancesReply & ampm.v1.InstancesReply.$Shape} InstancesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstancesReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InstancesReply message.
             * @function verify
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InstancesReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.instances != null && $Object.hasOwnProperty.call(message, "instances")) {
                    if (!$Array.isArray(message.instances))
                        return "instances: array expected";
                    for (let i = 0; i < message.instances.length; ++i) {
                        let error = $root.ampm.v1.Instance.verify(message.instances[i], _depth + 1);
                        if (error)
                            return "instances." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an InstancesReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.InstancesReply} InstancesReply
             */
            InstancesReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.InstancesReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.InstancesReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.InstancesReply();
                if (object.instances) {
                    if (!$Array.isArray(object.instances))
                        throw $TypeError(".ampm.v1.InstancesReply.instances: array expected");
                    message.instances = $Array(object.instances.length);
                    for (let i = 0; i < object.instances.length; ++i) {
                        if (!$util.isObject(object.instances[i]))
                            throw $TypeError(".ampm.v1.InstancesReply.instances: object expected");
                        message.instances[i] = $root.ampm.v1.Instance.fromObject(object.instances[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an InstancesReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {ampm.v1.InstancesReply} message InstancesReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InstancesReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.instances = [];
                if (message.instances && message.instances.length) {
                    object.instances = $Array(message.instances.length);
                    for (let j = 0; j < message.instances.length; ++j)
                        object.instances[j] = $root.ampm.v1.Instance.toObject(message.instances[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this InstancesReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.InstancesReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InstancesReply.prototype.toJSON = function() {
                return InstancesReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InstancesReply
             * @function getTypeUrl
             * @memberof ampm.v1.InstancesReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InstancesReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.InstancesReply";
            };

            return InstancesReply;
        })();

        v1.CreateRequest = (function() {

            /**
             * Properties of a CreateRequest.
             * @typedef {Object} ampm.v1.CreateRequest.$Properties
             * @property {string|null} [hostname] CreateRequest hostname
             * @property {ampm.v1.Profile.$Properties|null} [profile] CreateRequest profile
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateRequest.
             * @memberof ampm.v1
             * @interface ICreateRequest
             * @augments ampm.v1.CreateRequest.$Properties
             * @deprecated Use ampm.v1.CreateRequest.$Properties instead.
             */

            /**
             * Shape of a CreateRequest.
             * @typedef {ampm.v1.CreateRequest.$Properties} ampm.v1.CreateRequest.$Shape
             */

            /**
             * Constructs a new CreateRequest.
             * @memberof ampm.v1
             * @classdesc Represents a CreateRequest.
             * @constructor
             * @param {ampm.v1.CreateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateRequest hostname.
             * @member {string} hostname
             * @memberof ampm.v1.CreateRequest
             * @instance
             */
            CreateRequest.prototype.hostname = "";

            /**
             * CreateRequest profile.
             * @member {ampm.v1.Profile.$Properties|null|undefined} profile
             * @memberof ampm.v1.CreateRequest
             * @instance
             */
            CreateRequest.prototype.profile = null;

            /**
             * Creates a new CreateRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {ampm.v1.CreateRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.CreateRequest} CreateRequest instance
             * @type {{
             *   (properties: ampm.v1.CreateRequest.$Shape): ampm.v1.CreateRequest & ampm.v1.CreateRequest.$Shape;
             *   (properties?: ampm.v1.CreateRequest.$Properties): ampm.v1.CreateRequest;
             * }}
             */
            CreateRequest.create = function(properties) {
                return new CreateRequest(properties);
            };

            /**
             * Encodes the specified CreateRequest message. Does not implicitly {@link ampm.v1.CreateRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {ampm.v1.CreateRequest.$Properties} message CreateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostname);
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    $root.ampm.v1.Profile.encode(message.profile, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CreateRequest message, length delimited. Does not implicitly {@link ampm.v1.CreateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {ampm.v1.CreateRequest.$Properties} message CreateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CreateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.CreateRequest & ampm.v1.CreateRequest.$Shape} CreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.CreateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.profile = $root.ampm.v1.Profile.decode(reader, reader.size(), $undefined, _depth + 1, message.profile);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CreateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.CreateRequest & ampm.v1.CreateRequest.$Shape} CreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CreateRequest message.
             * @function verify
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile")) {
                    let error = $root.ampm.v1.Profile.verify(message.profile, _depth + 1);
                    if (error)
                        return "profile." + error;
                }
                return null;
            };

            /**
             * Creates a CreateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.CreateRequest} CreateRequest
             */
            CreateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.CreateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.CreateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.CreateRequest();
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.profile != null) {
                    if (!$util.isObject(object.profile))
                        throw $TypeError(".ampm.v1.CreateRequest.profile: object expected");
                    message.profile = $root.ampm.v1.Profile.fromObject(object.profile, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CreateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {ampm.v1.CreateRequest} message CreateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.hostname = "";
                    object.profile = null;
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    object.profile = $root.ampm.v1.Profile.toObject(message.profile, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CreateRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.CreateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateRequest.prototype.toJSON = function() {
                return CreateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateRequest
             * @function getTypeUrl
             * @memberof ampm.v1.CreateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.CreateRequest";
            };

            return CreateRequest;
        })();

        v1.InstanceRequest = (function() {

            /**
             * Properties of an InstanceRequest.
             * @typedef {Object} ampm.v1.InstanceRequest.$Properties
             * @property {string|null} [hostname] InstanceRequest hostname
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InstanceRequest.
             * @memberof ampm.v1
             * @interface IInstanceRequest
             * @augments ampm.v1.InstanceRequest.$Properties
             * @deprecated Use ampm.v1.InstanceRequest.$Properties instead.
             */

            /**
             * Shape of an InstanceRequest.
             * @typedef {ampm.v1.InstanceRequest.$Properties} ampm.v1.InstanceRequest.$Shape
             */

            /**
             * Constructs a new InstanceRequest.
             * @memberof ampm.v1
             * @classdesc Represents an InstanceRequest.
             * @constructor
             * @param {ampm.v1.InstanceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InstanceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InstanceRequest hostname.
             * @member {string} hostname
             * @memberof ampm.v1.InstanceRequest
             * @instance
             */
            InstanceRequest.prototype.hostname = "";

            /**
             * Creates a new InstanceRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {ampm.v1.InstanceRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.InstanceRequest} InstanceRequest instance
             * @type {{
             *   (properties: ampm.v1.InstanceRequest.$Shape): ampm.v1.InstanceRequest & ampm.v1.InstanceRequest.$Shape;
             *   (properties?: ampm.v1.InstanceRequest.$Properties): ampm.v1.InstanceRequest;
             * }}
             */
            InstanceRequest.create = function(properties) {
                return new InstanceRequest(properties);
            };

            /**
             * Encodes the specified InstanceRequest message. Does not implicitly {@link ampm.v1.InstanceRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {ampm.v1.InstanceRequest.$Properties} message InstanceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstanceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostname);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InstanceRequest message, length delimited. Does not implicitly {@link ampm.v1.InstanceRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {ampm.v1.InstanceRequest.$Properties} message InstanceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstanceRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InstanceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.InstanceRequest & ampm.v1.InstanceRequest.$Shape} InstanceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstanceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.InstanceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an InstanceRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.InstanceRequest & ampm.v1.InstanceRequest.$Shape} InstanceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstanceRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InstanceRequest message.
             * @function verify
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InstanceRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                return null;
            };

            /**
             * Creates an InstanceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.InstanceRequest} InstanceRequest
             */
            InstanceRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.InstanceRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.InstanceRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.InstanceRequest();
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                return message;
            };

            /**
             * Creates a plain object from an InstanceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {ampm.v1.InstanceRequest} message InstanceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InstanceRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.hostname = "";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                return object;
            };

            /**
             * Converts this InstanceRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.InstanceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InstanceRequest.prototype.toJSON = function() {
                return InstanceRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InstanceRequest
             * @function getTypeUrl
             * @memberof ampm.v1.InstanceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InstanceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.InstanceRequest";
            };

            return InstanceRequest;
        })();

        v1.InstanceReply = (function() {

            /**
             * Properties of an InstanceReply.
             * @typedef {Object} ampm.v1.InstanceReply.$Properties
             * @property {ampm.v1.Instance.$Properties|null} [instance] InstanceReply instance
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InstanceReply.
             * @memberof ampm.v1
             * @interface IInstanceReply
             * @augments ampm.v1.InstanceReply.$Properties
             * @deprecated Use ampm.v1.InstanceReply.$Properties instead.
             */

            /**
             * Shape of an InstanceReply.
             * @typedef {ampm.v1.InstanceReply.$Properties} ampm.v1.InstanceReply.$Shape
             */

            /**
             * Constructs a new InstanceReply.
             * @memberof ampm.v1
             * @classdesc Represents an InstanceReply.
             * @constructor
             * @param {ampm.v1.InstanceReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InstanceReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InstanceReply instance.
             * @member {ampm.v1.Instance.$Properties|null|undefined} instance
             * @memberof ampm.v1.InstanceReply
             * @instance
             */
            InstanceReply.prototype.instance = null;

            /**
             * Creates a new InstanceReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {ampm.v1.InstanceReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.InstanceReply} InstanceReply instance
             * @type {{
             *   (properties: ampm.v1.InstanceReply.$Shape): ampm.v1.InstanceReply & ampm.v1.InstanceReply.$Shape;
             *   (properties?: ampm.v1.InstanceReply.$Properties): ampm.v1.InstanceReply;
             * }}
             */
            InstanceReply.create = function(properties) {
                return new InstanceReply(properties);
            };

            /**
             * Encodes the specified InstanceReply message. Does not implicitly {@link ampm.v1.InstanceReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {ampm.v1.InstanceReply.$Properties} message InstanceReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstanceReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    $root.ampm.v1.Instance.encode(message.instance, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InstanceReply message, length delimited. Does not implicitly {@link ampm.v1.InstanceReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {ampm.v1.InstanceReply.$Properties} message InstanceReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstanceReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InstanceReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.InstanceReply & ampm.v1.InstanceReply.$Shape} InstanceReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstanceReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.InstanceReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.instance = $root.ampm.v1.Instance.decode(reader, reader.size(), $undefined, _depth + 1, message.instance);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an InstanceReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.InstanceReply & ampm.v1.InstanceReply.$Shape} InstanceReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstanceReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InstanceReply message.
             * @function verify
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InstanceReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance")) {
                    let error = $root.ampm.v1.Instance.verify(message.instance, _depth + 1);
                    if (error)
                        return "instance." + error;
                }
                return null;
            };

            /**
             * Creates an InstanceReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.InstanceReply} InstanceReply
             */
            InstanceReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.InstanceReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.InstanceReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.InstanceReply();
                if (object.instance != null) {
                    if (!$util.isObject(object.instance))
                        throw $TypeError(".ampm.v1.InstanceReply.instance: object expected");
                    message.instance = $root.ampm.v1.Instance.fromObject(object.instance, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an InstanceReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {ampm.v1.InstanceReply} message InstanceReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InstanceReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.instance = null;
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    object.instance = $root.ampm.v1.Instance.toObject(message.instance, options, _depth + 1);
                return object;
            };

            /**
             * Converts this InstanceReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.InstanceReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InstanceReply.prototype.toJSON = function() {
                return InstanceReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InstanceReply
             * @function getTypeUrl
             * @memberof ampm.v1.InstanceReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InstanceReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.InstanceReply";
            };

            return InstanceReply;
        })();

        v1.Job = (function() {

            /**
             * Properties of a Job.
             * @typedef {Object} ampm.v1.Job.$Properties
             * @property {string|null} [id] Job id
             * @property {string|null} [kind] Job kind
             * @property {string|null} [host] Job host
             * @property {string|null} [instance] Job instance
             * @property {string|null} [state] Job state
             * @property {string|null} [phase] Job phase
             * @property {number|null} [percent] Job percent
             * @property {number|null} [bytes] Job bytes
             * @property {string|null} [message] Job message
             * @property {string|null} [caller] Job caller
             * @property {number|null} [startedAtMs] Job startedAtMs
             * @property {number|null} [updatedAtMs] Job updatedAtMs
             * @property {string|null} [target] Job target
             * @property {google.protobuf.Struct.$Properties|null} [result] Job result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Job.
             * @memberof ampm.v1
             * @interface IJob
             * @augments ampm.v1.Job.$Properties
             * @deprecated Use ampm.v1.Job.$Properties instead.
             */

            /**
             * Shape of a Job.
             * @typedef {{
             *   id?: string|null;
             *   kind?: string|null;
             *   host?: string|null;
             *   instance?: string|null;
             *   state?: string|null;
             *   phase?: string|null;
             *   percent?: number|null;
             *   bytes?: number|null;
             *   message?: string|null;
             *   caller?: string|null;
             *   startedAtMs?: number|null;
             *   updatedAtMs?: number|null;
             *   target?: string|null;
             *   result?: google.protobuf.Struct.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ampm.v1.Job.$Shape
             */

            /**
             * Constructs a new Job.
             * @memberof ampm.v1
             * @classdesc Represents a Job.
             * @constructor
             * @param {ampm.v1.Job.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Job = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Job id.
             * @member {string} id
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.id = "";

            /**
             * Job kind.
             * @member {string} kind
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.kind = "";

            /**
             * Job host.
             * @member {string} host
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.host = "";

            /**
             * Job instance.
             * @member {string} instance
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.instance = "";

            /**
             * Job state.
             * @member {string} state
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.state = "";

            /**
             * Job phase.
             * @member {string} phase
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.phase = "";

            /**
             * Job percent.
             * @member {number} percent
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.percent = 0;

            /**
             * Job bytes.
             * @member {number} bytes
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Job message.
             * @member {string} message
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.message = "";

            /**
             * Job caller.
             * @member {string} caller
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.caller = "";

            /**
             * Job startedAtMs.
             * @member {number} startedAtMs
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Job updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Job target.
             * @member {string} target
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.target = "";

            /**
             * Job result.
             * @member {google.protobuf.Struct.$Properties|null|undefined} result
             * @memberof ampm.v1.Job
             * @instance
             */
            Job.prototype.result = null;

            /**
             * Creates a new Job instance using the specified properties.
             * @function create
             * @memberof ampm.v1.Job
             * @static
             * @param {ampm.v1.Job.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.Job} Job instance
             * @type {{
             *   (properties: ampm.v1.Job.$Shape): ampm.v1.Job & ampm.v1.Job.$Shape;
             *   (properties?: ampm.v1.Job.$Properties): ampm.v1.Job;
             * }}
             */
            Job.create = function(properties) {
                return new Job(properties);
            };

            /**
             * Encodes the specified Job message. Does not implicitly {@link ampm.v1.Job.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.Job
             * @static
             * @param {ampm.v1.Job.$Properties} message Job message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Job.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.instance);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.state);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.phase);
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent") && !$Object.is(message.percent, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.percent);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.bytes);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.message);
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller") && message.caller !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.caller);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.startedAtMs);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.updatedAtMs);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.target);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.google.protobuf.Struct.encode(message.result, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Job message, length delimited. Does not implicitly {@link ampm.v1.Job.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.Job
             * @static
             * @param {ampm.v1.Job.$Properties} message Job message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Job.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Job message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.Job
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.Job & ampm.v1.Job.$Shape} Job
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Job.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.Job();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.instance = value;
                            else
                                delete message.instance;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.percent = value;
                            else
                                delete message.percent;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caller = value;
                            else
                                delete message.caller;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Job message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.Job
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.Job & ampm.v1.Job.$Shape} Job
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Job.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Job message.
             * @function verify
             * @memberof ampm.v1.Job
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Job.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    if (!$util.isString(message.host))
                        return "host: string expected";
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    if (!$util.isString(message.instance))
                        return "instance: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    if (!$util.isString(message.phase))
                        return "phase: string expected";
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent"))
                    if (typeof message.percent !== "number")
                        return "percent: number expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                    if (!$util.isString(message.caller))
                        return "caller: string expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (!$util.isInteger(message.updatedAtMs) && !(message.updatedAtMs && $util.isInteger(message.updatedAtMs.low) && $util.isInteger(message.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isString(message.target))
                        return "target: string expected";
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    let error = $root.google.protobuf.Struct.verify(message.result, _depth + 1);
                    if (error)
                        return "result." + error;
                }
                return null;
            };

            /**
             * Creates a Job message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.Job
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.Job} Job
             */
            Job.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.Job)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.Job: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.Job();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.instance != null)
                    if (typeof object.instance !== "string" || object.instance.length)
                        message.instance = $String(object.instance);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.phase != null)
                    if (typeof object.phase !== "string" || object.phase.length)
                        message.phase = $String(object.phase);
                if (object.percent != null)
                    if (!$Object.is($Number(object.percent), 0))
                        message.percent = $Number(object.percent);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.caller != null)
                    if (typeof object.caller !== "string" || object.caller.length)
                        message.caller = $String(object.caller);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.updatedAtMs != null)
                    if (typeof object.updatedAtMs === "object" ? object.updatedAtMs.low || object.updatedAtMs.high : $Number(object.updatedAtMs) !== 0)
                        if ($util.Long)
                            message.updatedAtMs = $util.Long.fromValue(object.updatedAtMs, true);
                        else if (typeof object.updatedAtMs === "string")
                            message.updatedAtMs = $parseInt(object.updatedAtMs, 10);
                        else if (typeof object.updatedAtMs === "number")
                            message.updatedAtMs = object.updatedAtMs;
                        else if (typeof object.updatedAtMs === "object")
                            message.updatedAtMs = new $util.LongBits(object.updatedAtMs.low >>> 0, object.updatedAtMs.high >>> 0).toNumber(true);
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".ampm.v1.Job.result: object expected");
                    message.result = $root.google.protobuf.Struct.fromObject(object.result, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Job message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.Job
             * @static
             * @param {ampm.v1.Job} message Job
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Job.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.kind = "";
                    object.host = "";
                    object.instance = "";
                    object.state = "";
                    object.phase = "";
                    object.percent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.message = "";
                    object.caller = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.updatedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.target = "";
                    object.result = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    object.instance = message.instance;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    object.phase = message.phase;
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent"))
                    object.percent = options.json && !$isFinite(message.percent) ? $String(message.percent) : message.percent;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                    object.caller = message.caller;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedAtMs = typeof message.updatedAtMs === "number" ? $BigInt(message.updatedAtMs) : $util.Long.fromBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.updatedAtMs === "number")
                        object.updatedAtMs = options.longs === $String ? $String(message.updatedAtMs) : message.updatedAtMs;
                    else
                        object.updatedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAtMs) : options.longs === $Number ? new $util.LongBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0).toNumber(true) : message.updatedAtMs;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.google.protobuf.Struct.toObject(message.result, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Job to JSON.
             * @function toJSON
             * @memberof ampm.v1.Job
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Job.prototype.toJSON = function() {
                return Job.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Job
             * @function getTypeUrl
             * @memberof ampm.v1.Job
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Job.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.Job";
            };

            return Job;
        })();

        v1.JobReply = (function() {

            /**
             * Properties of a JobReply.
             * @typedef {Object} ampm.v1.JobReply.$Properties
             * @property {ampm.v1.Job.$Properties|null} [job] JobReply job
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobReply.
             * @memberof ampm.v1
             * @interface IJobReply
             * @augments ampm.v1.JobReply.$Properties
             * @deprecated Use ampm.v1.JobReply.$Properties instead.
             */

            /**
             * Shape of a JobReply.
             * @typedef {{
             *   job?: ampm.v1.Job.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ampm.v1.JobReply.$Shape
             */

            /**
             * Constructs a new JobReply.
             * @memberof ampm.v1
             * @classdesc Represents a JobReply.
             * @constructor
             * @param {ampm.v1.JobReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobReply job.
             * @member {ampm.v1.Job.$Properties|null|undefined} job
             * @memberof ampm.v1.JobReply
             * @instance
             */
            JobReply.prototype.job = null;

            /**
             * Creates a new JobReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.JobReply
             * @static
             * @param {ampm.v1.JobReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.JobReply} JobReply instance
             * @type {{
             *   (properties: ampm.v1.JobReply.$Shape): ampm.v1.JobReply & ampm.v1.JobReply.$Shape;
             *   (properties?: ampm.v1.JobReply.$Properties): ampm.v1.JobReply;
             * }}
             */
            JobReply.create = function(properties) {
                return new JobReply(properties);
            };

            /**
             * Encodes the specified JobReply message. Does not implicitly {@link ampm.v1.JobReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.JobReply
             * @static
             * @param {ampm.v1.JobReply.$Properties} message JobReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                    $root.ampm.v1.Job.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified JobReply message, length delimited. Does not implicitly {@link ampm.v1.JobReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.JobReply
             * @static
             * @param {ampm.v1.JobReply.$Properties} message JobReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JobReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.JobReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.JobReply & ampm.v1.JobReply.$Shape} JobReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.JobReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.job = $root.ampm.v1.Job.decode(reader, reader.size(), $undefined, _depth + 1, message.job);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a JobReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.JobReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.JobReply & ampm.v1.JobReply.$Shape} JobReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JobReply message.
             * @function verify
             * @memberof ampm.v1.JobReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.job != null && $Object.hasOwnProperty.call(message, "job")) {
                    let error = $root.ampm.v1.Job.verify(message.job, _depth + 1);
                    if (error)
                        return "job." + error;
                }
                return null;
            };

            /**
             * Creates a JobReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.JobReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.JobReply} JobReply
             */
            JobReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.JobReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.JobReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.JobReply();
                if (object.job != null) {
                    if (!$util.isObject(object.job))
                        throw $TypeError(".ampm.v1.JobReply.job: object expected");
                    message.job = $root.ampm.v1.Job.fromObject(object.job, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a JobReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.JobReply
             * @static
             * @param {ampm.v1.JobReply} message JobReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.job = null;
                if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                    object.job = $root.ampm.v1.Job.toObject(message.job, options, _depth + 1);
                return object;
            };

            /**
             * Converts this JobReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.JobReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobReply.prototype.toJSON = function() {
                return JobReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JobReply
             * @function getTypeUrl
             * @memberof ampm.v1.JobReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JobReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.JobReply";
            };

            return JobReply;
        })();

        v1.JobsRequest = (function() {

            /**
             * Properties of a JobsRequest.
             * @typedef {Object} ampm.v1.JobsRequest.$Properties
             * @property {string|null} [id] JobsRequest id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobsRequest.
             * @memberof ampm.v1
             * @interface IJobsRequest
             * @augments ampm.v1.JobsRequest.$Properties
             * @deprecated Use ampm.v1.JobsRequest.$Properties instead.
             */

            /**
             * Shape of a JobsRequest.
             * @typedef {ampm.v1.JobsRequest.$Properties} ampm.v1.JobsRequest.$Shape
             */

            /**
             * Constructs a new JobsRequest.
             * @memberof ampm.v1
             * @classdesc Represents a JobsRequest.
             * @constructor
             * @param {ampm.v1.JobsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobsRequest id.
             * @member {string} id
             * @memberof ampm.v1.JobsRequest
             * @instance
             */
            JobsRequest.prototype.id = "";

            /**
             * Creates a new JobsRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {ampm.v1.JobsRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.JobsRequest} JobsRequest instance
             * @type {{
             *   (properties: ampm.v1.JobsRequest.$Shape): ampm.v1.JobsRequest & ampm.v1.JobsRequest.$Shape;
             *   (properties?: ampm.v1.JobsRequest.$Properties): ampm.v1.JobsRequest;
             * }}
             */
            JobsRequest.create = function(properties) {
                return new JobsRequest(properties);
            };

            /**
             * Encodes the specified JobsRequest message. Does not implicitly {@link ampm.v1.JobsRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {ampm.v1.JobsRequest.$Properties} message JobsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified JobsRequest message, length delimited. Does not implicitly {@link ampm.v1.JobsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {ampm.v1.JobsRequest.$Properties} message JobsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JobsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.JobsRequest & ampm.v1.JobsRequest.$Shape} JobsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.JobsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a JobsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.JobsRequest & ampm.v1.JobsRequest.$Shape} JobsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JobsRequest message.
             * @function verify
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                return null;
            };

            /**
             * Creates a JobsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.JobsRequest} JobsRequest
             */
            JobsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.JobsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.JobsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.JobsRequest();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                return message;
            };

            /**
             * Creates a plain object from a JobsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {ampm.v1.JobsRequest} message JobsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = "";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                return object;
            };

            /**
             * Converts this JobsRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.JobsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobsRequest.prototype.toJSON = function() {
                return JobsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JobsRequest
             * @function getTypeUrl
             * @memberof ampm.v1.JobsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JobsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.JobsRequest";
            };

            return JobsRequest;
        })();

        v1.JobsReply = (function() {

            /**
             * Properties of a JobsReply.
             * @typedef {Object} ampm.v1.JobsReply.$Properties
             * @property {Array.<ampm.v1.Job.$Properties>|null} [jobs] JobsReply jobs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobsReply.
             * @memberof ampm.v1
             * @interface IJobsReply
             * @augments ampm.v1.JobsReply.$Properties
             * @deprecated Use ampm.v1.JobsReply.$Properties instead.
             */

            /**
             * Shape of a JobsReply.
             * @typedef {{
             *   jobs?: Array.<ampm.v1.Job.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ampm.v1.JobsReply.$Shape
             */

            /**
             * Constructs a new JobsReply.
             * @memberof ampm.v1
             * @classdesc Represents a JobsReply.
             * @constructor
             * @param {ampm.v1.JobsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobsReply = function (properties) {
                this.jobs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobsReply jobs.
             * @member {Array.<ampm.v1.Job.$Properties>} jobs
             * @memberof ampm.v1.JobsReply
             * @instance
             */
            JobsReply.prototype.jobs = $util.emptyArray;

            /**
             * Creates a new JobsReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {ampm.v1.JobsReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.JobsReply} JobsReply instance
             * @type {{
             *   (properties: ampm.v1.JobsReply.$Shape): ampm.v1.JobsReply & ampm.v1.JobsReply.$Shape;
             *   (properties?: ampm.v1.JobsReply.$Properties): ampm.v1.JobsReply;
             * }}
             */
            JobsReply.create = function(properties) {
                return new JobsReply(properties);
            };

            /**
             * Encodes the specified JobsReply message. Does not implicitly {@link ampm.v1.JobsReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {ampm.v1.JobsReply.$Properties} message JobsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobs != null && message.jobs.length)
                    for (let i = 0; i < message.jobs.length; ++i)
                        $root.ampm.v1.Job.encode(message.jobs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified JobsReply message, length delimited. Does not implicitly {@link ampm.v1.JobsReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {ampm.v1.JobsReply.$Properties} message JobsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobsReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JobsReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.JobsReply & ampm.v1.JobsReply.$Shape} JobsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.JobsReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.jobs && message.jobs.length))
                                message.jobs = [];
                            message.jobs.push($root.ampm.v1.Job.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a JobsReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.JobsReply & ampm.v1.JobsReply.$Shape} JobsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobsReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JobsReply message.
             * @function verify
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobsReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobs != null && $Object.hasOwnProperty.call(message, "jobs")) {
                    if (!$Array.isArray(message.jobs))
                        return "jobs: array expected";
                    for (let i = 0; i < message.jobs.length; ++i) {
                        let error = $root.ampm.v1.Job.verify(message.jobs[i], _depth + 1);
                        if (error)
                            return "jobs." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a JobsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.JobsReply} JobsReply
             */
            JobsReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.JobsReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.JobsReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.JobsReply();
                if (object.jobs) {
                    if (!$Array.isArray(object.jobs))
                        throw $TypeError(".ampm.v1.JobsReply.jobs: array expected");
                    message.jobs = $Array(object.jobs.length);
                    for (let i = 0; i < object.jobs.length; ++i) {
                        if (!$util.isObject(object.jobs[i]))
                            throw $TypeError(".ampm.v1.JobsReply.jobs: object expected");
                        message.jobs[i] = $root.ampm.v1.Job.fromObject(object.jobs[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a JobsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {ampm.v1.JobsReply} message JobsReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobsReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.jobs = [];
                if (message.jobs && message.jobs.length) {
                    object.jobs = $Array(message.jobs.length);
                    for (let j = 0; j < message.jobs.length; ++j)
                        object.jobs[j] = $root.ampm.v1.Job.toObject(message.jobs[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this JobsReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.JobsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobsReply.prototype.toJSON = function() {
                return JobsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JobsReply
             * @function getTypeUrl
             * @memberof ampm.v1.JobsReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JobsReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.JobsReply";
            };

            return JobsReply;
        })();

        v1.MigrateRequest = (function() {

            /**
             * Properties of a MigrateRequest.
             * @typedef {Object} ampm.v1.MigrateRequest.$Properties
             * @property {string|null} [hostname] MigrateRequest hostname
             * @property {string|null} [target] MigrateRequest target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateRequest.
             * @memberof ampm.v1
             * @interface IMigrateRequest
             * @augments ampm.v1.MigrateRequest.$Properties
             * @deprecated Use ampm.v1.MigrateRequest.$Properties instead.
             */

            /**
             * Shape of a MigrateRequest.
             * @typedef {ampm.v1.MigrateRequest.$Properties} ampm.v1.MigrateRequest.$Shape
             */

            /**
             * Constructs a new MigrateRequest.
             * @memberof ampm.v1
             * @classdesc Represents a MigrateRequest.
             * @constructor
             * @param {ampm.v1.MigrateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrateRequest hostname.
             * @member {string} hostname
             * @memberof ampm.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.hostname = "";

            /**
             * MigrateRequest target.
             * @member {string} target
             * @memberof ampm.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.target = "";

            /**
             * Creates a new MigrateRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {ampm.v1.MigrateRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.MigrateRequest} MigrateRequest instance
             * @type {{
             *   (properties: ampm.v1.MigrateRequest.$Shape): ampm.v1.MigrateRequest & ampm.v1.MigrateRequest.$Shape;
             *   (properties?: ampm.v1.MigrateRequest.$Properties): ampm.v1.MigrateRequest;
             * }}
             */
            MigrateRequest.create = function(properties) {
                return new MigrateRequest(properties);
            };

            /**
             * Encodes the specified MigrateRequest message. Does not implicitly {@link ampm.v1.MigrateRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {ampm.v1.MigrateRequest.$Properties} message MigrateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostname);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.target);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrateRequest message, length delimited. Does not implicitly {@link ampm.v1.MigrateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {ampm.v1.MigrateRequest.$Properties} message MigrateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.MigrateRequest & ampm.v1.MigrateRequest.$Shape} MigrateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.MigrateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.MigrateRequest & ampm.v1.MigrateRequest.$Shape} MigrateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrateRequest message.
             * @function verify
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isString(message.target))
                        return "target: string expected";
                return null;
            };

            /**
             * Creates a MigrateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.MigrateRequest} MigrateRequest
             */
            MigrateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.MigrateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.MigrateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.MigrateRequest();
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                return message;
            };

            /**
             * Creates a plain object from a MigrateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {ampm.v1.MigrateRequest} message MigrateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.hostname = "";
                    object.target = "";
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                return object;
            };

            /**
             * Converts this MigrateRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.MigrateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateRequest.prototype.toJSON = function() {
                return MigrateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MigrateRequest
             * @function getTypeUrl
             * @memberof ampm.v1.MigrateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MigrateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.MigrateRequest";
            };

            return MigrateRequest;
        })();

        v1.MigrateInRequest = (function() {

            /**
             * Properties of a MigrateInRequest.
             * @typedef {Object} ampm.v1.MigrateInRequest.$Properties
             * @property {string|null} [migrationId] MigrateInRequest migrationId
             * @property {ampm.v1.Instance.$Properties|null} [instance] MigrateInRequest instance
             * @property {string|null} [source] MigrateInRequest source
             * @property {boolean|null} [start] MigrateInRequest start
             * @property {Array.<ampm.v1.TransferredVolume.$Properties>|null} [volumes] MigrateInRequest volumes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateInRequest.
             * @memberof ampm.v1
             * @interface IMigrateInRequest
             * @augments ampm.v1.MigrateInRequest.$Properties
             * @deprecated Use ampm.v1.MigrateInRequest.$Properties instead.
             */

            /**
             * Shape of a MigrateInRequest.
             * @typedef {ampm.v1.MigrateInRequest.$Properties} ampm.v1.MigrateInRequest.$Shape
             */

            /**
             * Constructs a new MigrateInRequest.
             * @memberof ampm.v1
             * @classdesc Represents a MigrateInRequest.
             * @constructor
             * @param {ampm.v1.MigrateInRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateInRequest = function (properties) {
                this.volumes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrateInRequest migrationId.
             * @member {string} migrationId
             * @memberof ampm.v1.MigrateInRequest
             * @instance
             */
            MigrateInRequest.prototype.migrationId = "";

            /**
             * MigrateInRequest instance.
             * @member {ampm.v1.Instance.$Properties|null|undefined} instance
             * @memberof ampm.v1.MigrateInRequest
             * @instance
             */
            MigrateInRequest.prototype.instance = null;

            /**
             * MigrateInRequest source.
             * @member {string} source
             * @memberof ampm.v1.MigrateInRequest
             * @instance
             */
            MigrateInRequest.prototype.source = "";

            /**
             * MigrateInRequest start.
             * @member {boolean} start
             * @memberof ampm.v1.MigrateInRequest
             * @instance
             */
            MigrateInRequest.prototype.start = false;

            /**
             * MigrateInRequest volumes.
             * @member {Array.<ampm.v1.TransferredVolume.$Properties>} volumes
             * @memberof ampm.v1.MigrateInRequest
             * @instance
             */
            MigrateInRequest.prototype.volumes = $util.emptyArray;

            /**
             * Creates a new MigrateInRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {ampm.v1.MigrateInRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.MigrateInRequest} MigrateInRequest instance
             * @type {{
             *   (properties: ampm.v1.MigrateInRequest.$Shape): ampm.v1.MigrateInRequest & ampm.v1.MigrateInRequest.$Shape;
             *   (properties?: ampm.v1.MigrateInRequest.$Properties): ampm.v1.MigrateInRequest;
             * }}
             */
            MigrateInRequest.create = function(properties) {
                return new MigrateInRequest(properties);
            };

            /**
             * Encodes the specified MigrateInRequest message. Does not implicitly {@link ampm.v1.MigrateInRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {ampm.v1.MigrateInRequest.$Properties} message MigrateInRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateInRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId") && message.migrationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.migrationId);
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    $root.ampm.v1.Instance.encode(message.instance, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.source);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.start);
                if (message.volumes != null && message.volumes.length)
                    for (let i = 0; i < message.volumes.length; ++i)
                        $root.ampm.v1.TransferredVolume.encode(message.volumes[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrateInRequest message, length delimited. Does not implicitly {@link ampm.v1.MigrateInRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {ampm.v1.MigrateInRequest.$Properties} message MigrateInRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateInRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrateInRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.MigrateInRequest & ampm.v1.MigrateInRequest.$Shape} MigrateInRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateInRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.MigrateInRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.migrationId = value;
                            else
                                delete message.migrationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.instance = $root.ampm.v1.Instance.decode(reader, reader.size(), $undefined, _depth + 1, message.instance);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.volumes && message.volumes.length))
                                message.volumes = [];
                            message.volumes.push($root.ampm.v1.TransferredVolume.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrateInRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.MigrateInRequest & ampm.v1.MigrateInRequest.$Shape} MigrateInRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateInRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrateInRequest message.
             * @function verify
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrateInRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId"))
                    if (!$util.isString(message.migrationId))
                        return "migrationId: string expected";
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance")) {
                    let error = $root.ampm.v1.Instance.verify(message.instance, _depth + 1);
                    if (error)
                        return "instance." + error;
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof message.start !== "boolean")
                        return "start: boolean expected";
                if (message.volumes != null && $Object.hasOwnProperty.call(message, "volumes")) {
                    if (!$Array.isArray(message.volumes))
                        return "volumes: array expected";
                    for (let i = 0; i < message.volumes.length; ++i) {
                        let error = $root.ampm.v1.TransferredVolume.verify(message.volumes[i], _depth + 1);
                        if (error)
                            return "volumes." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a MigrateInRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.MigrateInRequest} MigrateInRequest
             */
            MigrateInRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.MigrateInRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.MigrateInRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.MigrateInRequest();
                if (object.migrationId != null)
                    if (typeof object.migrationId !== "string" || object.migrationId.length)
                        message.migrationId = $String(object.migrationId);
                if (object.instance != null) {
                    if (!$util.isObject(object.instance))
                        throw $TypeError(".ampm.v1.MigrateInRequest.instance: object expected");
                    message.instance = $root.ampm.v1.Instance.fromObject(object.instance, _depth + 1);
                }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.start != null)
                    if (object.start)
                        message.start = $Boolean(object.start);
                if (object.volumes) {
                    if (!$Array.isArray(object.volumes))
                        throw $TypeError(".ampm.v1.MigrateInRequest.volumes: array expected");
                    message.volumes = $Array(object.volumes.length);
                    for (let i = 0; i < object.volumes.length; ++i) {
                        if (!$util.isObject(object.volumes[i]))
                            throw $TypeError(".ampm.v1.MigrateInRequest.volumes: object expected");
                        message.volumes[i] = $root.ampm.v1.TransferredVolume.fromObject(object.volumes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a MigrateInRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {ampm.v1.MigrateInRequest} message MigrateInRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateInRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.volumes = [];
                if (options.defaults) {
                    object.migrationId = "";
                    object.instance = null;
                    object.source = "";
                    object.start = false;
                }
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId"))
                    object.migrationId = message.migrationId;
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    object.instance = $root.ampm.v1.Instance.toObject(message.instance, options, _depth + 1);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = message.start;
                if (message.volumes && message.volumes.length) {
                    object.volumes = $Array(message.volumes.length);
                    for (let j = 0; j < message.volumes.length; ++j)
                        object.volumes[j] = $root.ampm.v1.TransferredVolume.toObject(message.volumes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this MigrateInRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.MigrateInRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateInRequest.prototype.toJSON = function() {
                return MigrateInRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MigrateInRequest
             * @function getTypeUrl
             * @memberof ampm.v1.MigrateInRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MigrateInRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.MigrateInRequest";
            };

            return MigrateInRequest;
        })();

        v1.TransferredVolume = (function() {

            /**
             * Properties of a TransferredVolume.
             * @typedef {Object} ampm.v1.TransferredVolume.$Properties
             * @property {string|null} [name] TransferredVolume name
             * @property {string|null} [object] TransferredVolume object
             * @property {string|null} [sha256] TransferredVolume sha256
             * @property {number|null} [bytes] TransferredVolume bytes
             * @property {string|null} [format] TransferredVolume format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferredVolume.
             * @memberof ampm.v1
             * @interface ITransferredVolume
             * @augments ampm.v1.TransferredVolume.$Properties
             * @deprecated Use ampm.v1.TransferredVolume.$Properties instead.
             */

            /**
             * Shape of a TransferredVolume.
             * @typedef {ampm.v1.TransferredVolume.$Properties} ampm.v1.TransferredVolume.$Shape
             */

            /**
             * Constructs a new TransferredVolume.
             * @memberof ampm.v1
             * @classdesc Represents a TransferredVolume.
             * @constructor
             * @param {ampm.v1.TransferredVolume.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferredVolume = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferredVolume name.
             * @member {string} name
             * @memberof ampm.v1.TransferredVolume
             * @instance
             */
            TransferredVolume.prototype.name = "";

            /**
             * TransferredVolume object.
             * @member {string} object
             * @memberof ampm.v1.TransferredVolume
             * @instance
             */
            TransferredVolume.prototype.object = "";

            /**
             * TransferredVolume sha256.
             * @member {string} sha256
             * @memberof ampm.v1.TransferredVolume
             * @instance
             */
            TransferredVolume.prototype.sha256 = "";

            /**
             * TransferredVolume bytes.
             * @member {number} bytes
             * @memberof ampm.v1.TransferredVolume
             * @instance
             */
            TransferredVolume.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TransferredVolume format.
             * @member {string} format
             * @memberof ampm.v1.TransferredVolume
             * @instance
             */
            TransferredVolume.prototype.format = "";

            /**
             * Creates a new TransferredVolume instance using the specified properties.
             * @function create
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {ampm.v1.TransferredVolume.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.TransferredVolume} TransferredVolume instance
             * @type {{
             *   (properties: ampm.v1.TransferredVolume.$Shape): ampm.v1.TransferredVolume & ampm.v1.TransferredVolume.$Shape;
             *   (properties?: ampm.v1.TransferredVolume.$Properties): ampm.v1.TransferredVolume;
             * }}
             */
            TransferredVolume.create = function(properties) {
                return new TransferredVolume(properties);
            };

            /**
             * Encodes the specified TransferredVolume message. Does not implicitly {@link ampm.v1.TransferredVolume.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {ampm.v1.TransferredVolume.$Properties} message TransferredVolume message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferredVolume.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.object != null && $Object.hasOwnProperty.call(message, "object") && message.object !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.object);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sha256);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytes);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TransferredVolume message, length delimited. Does not implicitly {@link ampm.v1.TransferredVolume.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {ampm.v1.TransferredVolume.$Properties} message TransferredVolume message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferredVolume.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TransferredVolume message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.TransferredVolume & ampm.v1.TransferredVolume.$Shape} TransferredVolume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferredVolume.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.TransferredVolume();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.object = value;
                            else
                                delete message.object;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TransferredVolume message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.TransferredVolume & ampm.v1.TransferredVolume.$Shape} TransferredVolume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferredVolume.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TransferredVolume message.
             * @function verify
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TransferredVolume.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
                    if (!$util.isString(message.object))
                        return "object: string expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                return null;
            };

            /**
             * Creates a TransferredVolume message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.TransferredVolume} TransferredVolume
             */
            TransferredVolume.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.TransferredVolume)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.TransferredVolume: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.TransferredVolume();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.object != null)
                    if (typeof object.object !== "string" || object.object.length)
                        message.object = $String(object.object);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                return message;
            };

            /**
             * Creates a plain object from a TransferredVolume message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {ampm.v1.TransferredVolume} message TransferredVolume
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferredVolume.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.object = "";
                    object.sha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.format = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
                    object.object = message.object;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                return object;
            };

            /**
             * Converts this TransferredVolume to JSON.
             * @function toJSON
             * @memberof ampm.v1.TransferredVolume
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferredVolume.prototype.toJSON = function() {
                return TransferredVolume.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TransferredVolume
             * @function getTypeUrl
             * @memberof ampm.v1.TransferredVolume
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TransferredVolume.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.TransferredVolume";
            };

            return TransferredVolume;
        })();

        v1.MigrationStatusRequest = (function() {

            /**
             * Properties of a MigrationStatusRequest.
             * @typedef {Object} ampm.v1.MigrationStatusRequest.$Properties
             * @property {string|null} [migrationId] MigrationStatusRequest migrationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrationStatusRequest.
             * @memberof ampm.v1
             * @interface IMigrationStatusRequest
             * @augments ampm.v1.MigrationStatusRequest.$Properties
             * @deprecated Use ampm.v1.MigrationStatusRequest.$Properties instead.
             */

            /**
             * Shape of a MigrationStatusRequest.
             * @typedef {ampm.v1.MigrationStatusRequest.$Properties} ampm.v1.MigrationStatusRequest.$Shape
             */

            /**
             * Constructs a new MigrationStatusRequest.
             * @memberof ampm.v1
             * @classdesc Represents a MigrationStatusRequest.
             * @constructor
             * @param {ampm.v1.MigrationStatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrationStatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrationStatusRequest migrationId.
             * @member {string} migrationId
             * @memberof ampm.v1.MigrationStatusRequest
             * @instance
             */
            MigrationStatusRequest.prototype.migrationId = "";

            /**
             * Creates a new MigrationStatusRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {ampm.v1.MigrationStatusRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.MigrationStatusRequest} MigrationStatusRequest instance
             * @type {{
             *   (properties: ampm.v1.MigrationStatusRequest.$Shape): ampm.v1.MigrationStatusRequest & ampm.v1.MigrationStatusRequest.$Shape;
             *   (properties?: ampm.v1.MigrationStatusRequest.$Properties): ampm.v1.MigrationStatusRequest;
             * }}
             */
            MigrationStatusRequest.create = function(properties) {
                return new MigrationStatusRequest(properties);
            };

            /**
             * Encodes the specified MigrationStatusRequest message. Does not implicitly {@link ampm.v1.MigrationStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {ampm.v1.MigrationStatusRequest.$Properties} message MigrationStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrationStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId") && message.migrationId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.migrationId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrationStatusRequest message, length delimited. Does not implicitly {@link ampm.v1.MigrationStatusRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {ampm.v1.MigrationStatusRequest.$Properties} message MigrationStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrationStatusRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrationStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.MigrationStatusRequest & ampm.v1.MigrationStatusRequest.$Shape} MigrationStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrationStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.MigrationStatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.migrationId = value;
                            else
                                delete message.migrationId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrationStatusRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.MigrationStatusRequest & ampm.v1.MigrationStatusRequest.$Shape} MigrationStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrationStatusRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrationStatusRequest message.
             * @function verify
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrationStatusRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId"))
                    if (!$util.isString(message.migrationId))
                        return "migrationId: string expected";
                return null;
            };

            /**
             * Creates a MigrationStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.MigrationStatusRequest} MigrationStatusRequest
             */
            MigrationStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.MigrationStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.MigrationStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.MigrationStatusRequest();
                if (object.migrationId != null)
                    if (typeof object.migrationId !== "string" || object.migrationId.length)
                        message.migrationId = $String(object.migrationId);
                return message;
            };

            /**
             * Creates a plain object from a MigrationStatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {ampm.v1.MigrationStatusRequest} message MigrationStatusRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrationStatusRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.migrationId = "";
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId"))
                    object.migrationId = message.migrationId;
                return object;
            };

            /**
             * Converts this MigrationStatusRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.MigrationStatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrationStatusRequest.prototype.toJSON = function() {
                return MigrationStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MigrationStatusRequest
             * @function getTypeUrl
             * @memberof ampm.v1.MigrationStatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MigrationStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.MigrationStatusRequest";
            };

            return MigrationStatusRequest;
        })();

        v1.MigrationStatusReply = (function() {

            /**
             * Properties of a MigrationStatusReply.
             * @typedef {Object} ampm.v1.MigrationStatusReply.$Properties
             * @property {string|null} [phase] MigrationStatusReply phase
             * @property {boolean|null} [committed] MigrationStatusReply committed
             * @property {string|null} [message] MigrationStatusReply message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrationStatusReply.
             * @memberof ampm.v1
             * @interface IMigrationStatusReply
             * @augments ampm.v1.MigrationStatusReply.$Properties
             * @deprecated Use ampm.v1.MigrationStatusReply.$Properties instead.
             */

            /**
             * Shape of a MigrationStatusReply.
             * @typedef {ampm.v1.MigrationStatusReply.$Properties} ampm.v1.MigrationStatusReply.$Shape
             */

            /**
             * Constructs a new MigrationStatusReply.
             * @memberof ampm.v1
             * @classdesc Represents a MigrationStatusReply.
             * @constructor
             * @param {ampm.v1.MigrationStatusReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrationStatusReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrationStatusReply phase.
             * @member {string} phase
             * @memberof ampm.v1.MigrationStatusReply
             * @instance
             */
            MigrationStatusReply.prototype.phase = "";

            /**
             * MigrationStatusReply committed.
             * @member {boolean} committed
             * @memberof ampm.v1.MigrationStatusReply
             * @instance
             */
            MigrationStatusReply.prototype.committed = false;

            /**
             * MigrationStatusReply message.
             * @member {string} message
             * @memberof ampm.v1.MigrationStatusReply
             * @instance
             */
            MigrationStatusReply.prototype.message = "";

            /**
             * Creates a new MigrationStatusReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {ampm.v1.MigrationStatusReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.MigrationStatusReply} MigrationStatusReply instance
             * @type {{
             *   (properties: ampm.v1.MigrationStatusReply.$Shape): ampm.v1.MigrationStatusReply & ampm.v1.MigrationStatusReply.$Shape;
             *   (properties?: ampm.v1.MigrationStatusReply.$Properties): ampm.v1.MigrationStatusReply;
             * }}
             */
            MigrationStatusReply.create = function(properties) {
                return new MigrationStatusReply(properties);
            };

            /**
             * Encodes the specified MigrationStatusReply message. Does not implicitly {@link ampm.v1.MigrationStatusReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {ampm.v1.MigrationStatusReply.$Properties} message MigrationStatusReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrationStatusReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.phase);
                if (message.committed != null && $Object.hasOwnProperty.call(message, "committed") && message.committed !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.committed);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrationStatusReply message, length delimited. Does not implicitly {@link ampm.v1.MigrationStatusReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {ampm.v1.MigrationStatusReply.$Properties} message MigrationStatusReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrationStatusReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrationStatusReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.MigrationStatusReply & ampm.v1.MigrationStatusReply.$Shape} MigrationStatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrationStatusReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.MigrationStatusReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.committed = value;
                            else
                                delete message.committed;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrationStatusReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.MigrationStatusReply & ampm.v1.MigrationStatusReply.$Shape} MigrationStatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrationStatusReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrationStatusReply message.
             * @function verify
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrationStatusReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    if (!$util.isString(message.phase))
                        return "phase: string expected";
                if (message.committed != null && $Object.hasOwnProperty.call(message, "committed"))
                    if (typeof message.committed !== "boolean")
                        return "committed: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a MigrationStatusReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.MigrationStatusReply} MigrationStatusReply
             */
            MigrationStatusReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.MigrationStatusReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.MigrationStatusReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.MigrationStatusReply();
                if (object.phase != null)
                    if (typeof object.phase !== "string" || object.phase.length)
                        message.phase = $String(object.phase);
                if (object.committed != null)
                    if (object.committed)
                        message.committed = $Boolean(object.committed);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a MigrationStatusReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {ampm.v1.MigrationStatusReply} message MigrationStatusReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrationStatusReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.phase = "";
                    object.committed = false;
                    object.message = "";
                }
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    object.phase = message.phase;
                if (message.committed != null && $Object.hasOwnProperty.call(message, "committed"))
                    object.committed = message.committed;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this MigrationStatusReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.MigrationStatusReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrationStatusReply.prototype.toJSON = function() {
                return MigrationStatusReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MigrationStatusReply
             * @function getTypeUrl
             * @memberof ampm.v1.MigrationStatusReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MigrationStatusReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.MigrationStatusReply";
            };

            return MigrationStatusReply;
        })();

        v1.EvacuateRequest = (function() {

            /**
             * Properties of an EvacuateRequest.
             * @typedef {Object} ampm.v1.EvacuateRequest.$Properties
             * @property {number|null} [parallel] EvacuateRequest parallel
             * @property {boolean|null} [dryRun] EvacuateRequest dryRun
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvacuateRequest.
             * @memberof ampm.v1
             * @interface IEvacuateRequest
             * @augments ampm.v1.EvacuateRequest.$Properties
             * @deprecated Use ampm.v1.EvacuateRequest.$Properties instead.
             */

            /**
             * Shape of an EvacuateRequest.
             * @typedef {ampm.v1.EvacuateRequest.$Properties} ampm.v1.EvacuateRequest.$Shape
             */

            /**
             * Constructs a new EvacuateRequest.
             * @memberof ampm.v1
             * @classdesc Represents an EvacuateRequest.
             * @constructor
             * @param {ampm.v1.EvacuateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EvacuateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvacuateRequest parallel.
             * @member {number} parallel
             * @memberof ampm.v1.EvacuateRequest
             * @instance
             */
            EvacuateRequest.prototype.parallel = 0;

            /**
             * EvacuateRequest dryRun.
             * @member {boolean} dryRun
             * @memberof ampm.v1.EvacuateRequest
             * @instance
             */
            EvacuateRequest.prototype.dryRun = false;

            /**
             * Creates a new EvacuateRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {ampm.v1.EvacuateRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.EvacuateRequest} EvacuateRequest instance
             * @type {{
             *   (properties: ampm.v1.EvacuateRequest.$Shape): ampm.v1.EvacuateRequest & ampm.v1.EvacuateRequest.$Shape;
             *   (properties?: ampm.v1.EvacuateRequest.$Properties): ampm.v1.EvacuateRequest;
             * }}
             */
            EvacuateRequest.create = function(properties) {
                return new EvacuateRequest(properties);
            };

            /**
             * Encodes the specified EvacuateRequest message. Does not implicitly {@link ampm.v1.EvacuateRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {ampm.v1.EvacuateRequest.$Properties} message EvacuateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvacuateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parallel != null && $Object.hasOwnProperty.call(message, "parallel") && message.parallel !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.parallel);
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.dryRun);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EvacuateRequest message, length delimited. Does not implicitly {@link ampm.v1.EvacuateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {ampm.v1.EvacuateRequest.$Properties} message EvacuateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvacuateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EvacuateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.EvacuateRequest & ampm.v1.EvacuateRequest.$Shape} EvacuateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvacuateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.EvacuateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.parallel = value;
                            else
                                delete message.parallel;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EvacuateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.EvacuateRequest & ampm.v1.EvacuateRequest.$Shape} EvacuateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvacuateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EvacuateRequest message.
             * @function verify
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EvacuateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parallel != null && $Object.hasOwnProperty.call(message, "parallel"))
                    if (!$util.isInteger(message.parallel))
                        return "parallel: integer expected";
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    if (typeof message.dryRun !== "boolean")
                        return "dryRun: boolean expected";
                return null;
            };

            /**
             * Creates an EvacuateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.EvacuateRequest} EvacuateRequest
             */
            EvacuateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.EvacuateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.EvacuateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.EvacuateRequest();
                if (object.parallel != null)
                    if ($Number(object.parallel) !== 0)
                        message.parallel = object.parallel >>> 0;
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                return message;
            };

            /**
             * Creates a plain object from an EvacuateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {ampm.v1.EvacuateRequest} message EvacuateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EvacuateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parallel = 0;
                    object.dryRun = false;
                }
                if (message.parallel != null && $Object.hasOwnProperty.call(message, "parallel"))
                    object.parallel = message.parallel;
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                return object;
            };

            /**
             * Converts this EvacuateRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.EvacuateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EvacuateRequest.prototype.toJSON = function() {
                return EvacuateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EvacuateRequest
             * @function getTypeUrl
             * @memberof ampm.v1.EvacuateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvacuateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.EvacuateRequest";
            };

            return EvacuateRequest;
        })();

        v1.PlanEntry = (function() {

            /**
             * Properties of a PlanEntry.
             * @typedef {Object} ampm.v1.PlanEntry.$Properties
             * @property {string|null} [instance] PlanEntry instance
             * @property {string|null} [target] PlanEntry target
             * @property {string|null} [reason] PlanEntry reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanEntry.
             * @memberof ampm.v1
             * @interface IPlanEntry
             * @augments ampm.v1.PlanEntry.$Properties
             * @deprecated Use ampm.v1.PlanEntry.$Properties instead.
             */

            /**
             * Shape of a PlanEntry.
             * @typedef {ampm.v1.PlanEntry.$Properties} ampm.v1.PlanEntry.$Shape
             */

            /**
             * Constructs a new PlanEntry.
             * @memberof ampm.v1
             * @classdesc Represents a PlanEntry.
             * @constructor
             * @param {ampm.v1.PlanEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanEntry instance.
             * @member {string} instance
             * @memberof ampm.v1.PlanEntry
             * @instance
             */
            PlanEntry.prototype.instance = "";

            /**
             * PlanEntry target.
             * @member {string} target
             * @memberof ampm.v1.PlanEntry
             * @instance
             */
            PlanEntry.prototype.target = "";

            /**
             * PlanEntry reason.
             * @member {string} reason
             * @memberof ampm.v1.PlanEntry
             * @instance
             */
            PlanEntry.prototype.reason = "";

            /**
             * Creates a new PlanEntry instance using the specified properties.
             * @function create
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {ampm.v1.PlanEntry.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.PlanEntry} PlanEntry instance
             * @type {{
             *   (properties: ampm.v1.PlanEntry.$Shape): ampm.v1.PlanEntry & ampm.v1.PlanEntry.$Shape;
             *   (properties?: ampm.v1.PlanEntry.$Properties): ampm.v1.PlanEntry;
             * }}
             */
            PlanEntry.create = function(properties) {
                return new PlanEntry(properties);
            };

            /**
             * Encodes the specified PlanEntry message. Does not implicitly {@link ampm.v1.PlanEntry.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {ampm.v1.PlanEntry.$Properties} message PlanEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.instance);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.target);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlanEntry message, length delimited. Does not implicitly {@link ampm.v1.PlanEntry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {ampm.v1.PlanEntry.$Properties} message PlanEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanEntry message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.PlanEntry & ampm.v1.PlanEntry.$Shape} PlanEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.PlanEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.instance = value;
                            else
                                delete message.instance;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlanEntry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.PlanEntry & ampm.v1.PlanEntry.$Shape} PlanEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanEntry message.
             * @function verify
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    if (!$util.isString(message.instance))
                        return "instance: string expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isString(message.target))
                        return "target: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a PlanEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.PlanEntry} PlanEntry
             */
            PlanEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.PlanEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.PlanEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.PlanEntry();
                if (object.instance != null)
                    if (typeof object.instance !== "string" || object.instance.length)
                        message.instance = $String(object.instance);
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a PlanEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {ampm.v1.PlanEntry} message PlanEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.instance = "";
                    object.target = "";
                    object.reason = "";
                }
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    object.instance = message.instance;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this PlanEntry to JSON.
             * @function toJSON
             * @memberof ampm.v1.PlanEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanEntry.prototype.toJSON = function() {
                return PlanEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanEntry
             * @function getTypeUrl
             * @memberof ampm.v1.PlanEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.PlanEntry";
            };

            return PlanEntry;
        })();

        v1.EvacuateReply = (function() {

            /**
             * Properties of an EvacuateReply.
             * @typedef {Object} ampm.v1.EvacuateReply.$Properties
             * @property {ampm.v1.Job.$Properties|null} [job] EvacuateReply job
             * @property {Array.<ampm.v1.PlanEntry.$Properties>|null} [plan] EvacuateReply plan
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvacuateReply.
             * @memberof ampm.v1
             * @interface IEvacuateReply
             * @augments ampm.v1.EvacuateReply.$Properties
             * @deprecated Use ampm.v1.EvacuateReply.$Properties instead.
             */

            /**
             * Shape of an EvacuateReply.
             * @typedef {{
             *   job?: ampm.v1.Job.$Shape|null;
             *   plan?: Array.<ampm.v1.PlanEntry.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ampm.v1.EvacuateReply.$Shape
             */

            /**
             * Constructs a new EvacuateReply.
             * @memberof ampm.v1
             * @classdesc Represents an EvacuateReply.
             * @constructor
             * @param {ampm.v1.EvacuateReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EvacuateReply = function (properties) {
                this.plan = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvacuateReply job.
             * @member {ampm.v1.Job.$Properties|null|undefined} job
             * @memberof ampm.v1.EvacuateReply
             * @instance
             */
            EvacuateReply.prototype.job = null;

            /**
             * EvacuateReply plan.
             * @member {Array.<ampm.v1.PlanEntry.$Properties>} plan
             * @memberof ampm.v1.EvacuateReply
             * @instance
             */
            EvacuateReply.prototype.plan = $util.emptyArray;

            /**
             * Creates a new EvacuateReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {ampm.v1.EvacuateReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.EvacuateReply} EvacuateReply instance
             * @type {{
             *   (properties: ampm.v1.EvacuateReply.$Shape): ampm.v1.EvacuateReply & ampm.v1.EvacuateReply.$Shape;
             *   (properties?: ampm.v1.EvacuateReply.$Properties): ampm.v1.EvacuateReply;
             * }}
             */
            EvacuateReply.create = function(properties) {
                return new EvacuateReply(properties);
            };

            /**
             * Encodes the specified EvacuateReply message. Does not implicitly {@link ampm.v1.EvacuateReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {ampm.v1.EvacuateReply.$Properties} message EvacuateReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvacuateReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                    $root.ampm.v1.Job.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.plan != null && message.plan.length)
                    for (let i = 0; i < message.plan.length; ++i)
                        $root.ampm.v1.PlanEntry.encode(message.plan[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EvacuateReply message, length delimited. Does not implicitly {@link ampm.v1.EvacuateReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {ampm.v1.EvacuateReply.$Properties} message EvacuateReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvacuateReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EvacuateReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.EvacuateReply & ampm.v1.EvacuateReply.$Shape} EvacuateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvacuateReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.EvacuateReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.job = $root.ampm.v1.Job.decode(reader, reader.size(), $undefined, _depth + 1, message.job);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.plan && message.plan.length))
                                message.plan = [];
                            message.plan.push($root.ampm.v1.PlanEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EvacuateReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.EvacuateReply & ampm.v1.EvacuateReply.$Shape} EvacuateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvacuateReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EvacuateReply message.
             * @function verify
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EvacuateReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.job != null && $Object.hasOwnProperty.call(message, "job")) {
                    let error = $root.ampm.v1.Job.verify(message.job, _depth + 1);
                    if (error)
                        return "job." + error;
                }
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan")) {
                    if (!$Array.isArray(message.plan))
                        return "plan: array expected";
                    for (let i = 0; i < message.plan.length; ++i) {
                        let error = $root.ampm.v1.PlanEntry.verify(message.plan[i], _depth + 1);
                        if (error)
                            return "plan." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an EvacuateReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.EvacuateReply} EvacuateReply
             */
            EvacuateReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.EvacuateReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.EvacuateReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.EvacuateReply();
                if (object.job != null) {
                    if (!$util.isObject(object.job))
                        throw $TypeError(".ampm.v1.EvacuateReply.job: object expected");
                    message.job = $root.ampm.v1.Job.fromObject(object.job, _depth + 1);
                }
                if (object.plan) {
                    if (!$Array.isArray(object.plan))
                        throw $TypeError(".ampm.v1.EvacuateReply.plan: array expected");
                    message.plan = $Array(object.plan.length);
                    for (let i = 0; i < object.plan.length; ++i) {
                        if (!$util.isObject(object.plan[i]))
                            throw $TypeError(".ampm.v1.EvacuateReply.plan: object expected");
                        message.plan[i] = $root.ampm.v1.PlanEntry.fromObject(object.plan[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EvacuateReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {ampm.v1.EvacuateReply} message EvacuateReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EvacuateReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.plan = [];
                if (options.defaults)
                    object.job = null;
                if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                    object.job = $root.ampm.v1.Job.toObject(message.job, options, _depth + 1);
                if (message.plan && message.plan.length) {
                    object.plan = $Array(message.plan.length);
                    for (let j = 0; j < message.plan.length; ++j)
                        object.plan[j] = $root.ampm.v1.PlanEntry.toObject(message.plan[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this EvacuateReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.EvacuateReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EvacuateReply.prototype.toJSON = function() {
                return EvacuateReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EvacuateReply
             * @function getTypeUrl
             * @memberof ampm.v1.EvacuateReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvacuateReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.EvacuateReply";
            };

            return EvacuateReply;
        })();

        v1.PingRequest = (function() {

            /**
             * Properties of a PingRequest.
             * @typedef {Object} ampm.v1.PingRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingRequest.
             * @memberof ampm.v1
             * @interface IPingRequest
             * @augments ampm.v1.PingRequest.$Properties
             * @deprecated Use ampm.v1.PingRequest.$Properties instead.
             */

            /**
             * Shape of a PingRequest.
             * @typedef {ampm.v1.PingRequest.$Properties} ampm.v1.PingRequest.$Shape
             */

            /**
             * Constructs a new PingRequest.
             * @memberof ampm.v1
             * @classdesc Represents a PingRequest.
             * @constructor
             * @param {ampm.v1.PingRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {ampm.v1.PingRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.PingRequest} PingRequest instance
             * @type {{
             *   (properties: ampm.v1.PingRequest.$Shape): ampm.v1.PingRequest & ampm.v1.PingRequest.$Shape;
             *   (properties?: ampm.v1.PingRequest.$Properties): ampm.v1.PingRequest;
             * }}
             */
            PingRequest.create = function(properties) {
                return new PingRequest(properties);
            };

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link ampm.v1.PingRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {ampm.v1.PingRequest.$Properties} message PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PingRequest message, length delimited. Does not implicitly {@link ampm.v1.PingRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {ampm.v1.PingRequest.$Properties} message PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.PingRequest & ampm.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.PingRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.PingRequest & ampm.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PingRequest message.
             * @function verify
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PingRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.PingRequest} PingRequest
             */
            PingRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.PingRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.PingRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ampm.v1.PingRequest();
            };

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {ampm.v1.PingRequest} message PingRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this PingRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.PingRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingRequest.prototype.toJSON = function() {
                return PingRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingRequest
             * @function getTypeUrl
             * @memberof ampm.v1.PingRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.PingRequest";
            };

            return PingRequest;
        })();

        v1.PingReply = (function() {

            /**
             * Properties of a PingReply.
             * @typedef {Object} ampm.v1.PingReply.$Properties
             * @property {number|null} [timeMs] PingReply timeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingReply.
             * @memberof ampm.v1
             * @interface IPingReply
             * @augments ampm.v1.PingReply.$Properties
             * @deprecated Use ampm.v1.PingReply.$Properties instead.
             */

            /**
             * Shape of a PingReply.
             * @typedef {ampm.v1.PingReply.$Properties} ampm.v1.PingReply.$Shape
             */

            /**
             * Constructs a new PingReply.
             * @memberof ampm.v1
             * @classdesc Represents a PingReply.
             * @constructor
             * @param {ampm.v1.PingReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PingReply timeMs.
             * @member {number} timeMs
             * @memberof ampm.v1.PingReply
             * @instance
             */
            PingReply.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PingReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.PingReply
             * @static
             * @param {ampm.v1.PingReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.PingReply} PingReply instance
             * @type {{
             *   (properties: ampm.v1.PingReply.$Shape): ampm.v1.PingReply & ampm.v1.PingReply.$Shape;
             *   (properties?: ampm.v1.PingReply.$Properties): ampm.v1.PingReply;
             * }}
             */
            PingReply.create = function(properties) {
                return new PingReply(properties);
            };

            /**
             * Encodes the specified PingReply message. Does not implicitly {@link ampm.v1.PingReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.PingReply
             * @static
             * @param {ampm.v1.PingReply.$Properties} message PingReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.timeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PingReply message, length delimited. Does not implicitly {@link ampm.v1.PingReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.PingReply
             * @static
             * @param {ampm.v1.PingReply.$Properties} message PingReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PingReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.PingReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.PingReply & ampm.v1.PingReply.$Shape} PingReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.PingReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PingReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.PingReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.PingReply & ampm.v1.PingReply.$Shape} PingReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PingReply message.
             * @function verify
             * @memberof ampm.v1.PingReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PingReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (!$util.isInteger(message.timeMs) && !(message.timeMs && $util.isInteger(message.timeMs.low) && $util.isInteger(message.timeMs.high)))
                        return "timeMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a PingReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.PingReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.PingReply} PingReply
             */
            PingReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.PingReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.PingReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.PingReply();
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, true);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a PingReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.PingReply
             * @static
             * @param {ampm.v1.PingReply} message PingReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber(true) : message.timeMs;
                return object;
            };

            /**
             * Converts this PingReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.PingReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingReply.prototype.toJSON = function() {
                return PingReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingReply
             * @function getTypeUrl
             * @memberof ampm.v1.PingReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.PingReply";
            };

            return PingReply;
        })();

        v1.FactsRequest = (function() {

            /**
             * Properties of a FactsRequest.
             * @typedef {Object} ampm.v1.FactsRequest.$Properties
             * @property {Array.<string>|null} [keys] FactsRequest keys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FactsRequest.
             * @memberof ampm.v1
             * @interface IFactsRequest
             * @augments ampm.v1.FactsRequest.$Properties
             * @deprecated Use ampm.v1.FactsRequest.$Properties instead.
             */

            /**
             * Shape of a FactsRequest.
             * @typedef {ampm.v1.FactsRequest.$Properties} ampm.v1.FactsRequest.$Shape
             */

            /**
             * Constructs a new FactsRequest.
             * @memberof ampm.v1
             * @classdesc Represents a FactsRequest.
             * @constructor
             * @param {ampm.v1.FactsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FactsRequest = function (properties) {
                this.keys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FactsRequest keys.
             * @member {Array.<string>} keys
             * @memberof ampm.v1.FactsRequest
             * @instance
             */
            FactsRequest.prototype.keys = $util.emptyArray;

            /**
             * Creates a new FactsRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {ampm.v1.FactsRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.FactsRequest} FactsRequest instance
             * @type {{
             *   (properties: ampm.v1.FactsRequest.$Shape): ampm.v1.FactsRequest & ampm.v1.FactsRequest.$Shape;
             *   (properties?: ampm.v1.FactsRequest.$Properties): ampm.v1.FactsRequest;
             * }}
             */
            FactsRequest.create = function(properties) {
                return new FactsRequest(properties);
            };

            /**
             * Encodes the specified FactsRequest message. Does not implicitly {@link ampm.v1.FactsRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {ampm.v1.FactsRequest.$Properties} message FactsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FactsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.keys[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FactsRequest message, length delimited. Does not implicitly {@link ampm.v1.FactsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {ampm.v1.FactsRequest.$Properties} message FactsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FactsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FactsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.FactsRequest & ampm.v1.FactsRequest.$Shape} FactsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FactsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.FactsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FactsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.FactsRequest & ampm.v1.FactsRequest.$Shape} FactsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FactsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FactsRequest message.
             * @function verify
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FactsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keys != null && $Object.hasOwnProperty.call(message, "keys")) {
                    if (!$Array.isArray(message.keys))
                        return "keys: array expected";
                    for (let i = 0; i < message.keys.length; ++i)
                        if (!$util.isString(message.keys[i]))
                            return "keys: string[] expected";
                }
                return null;
            };

            /**
             * Creates a FactsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.FactsRequest} FactsRequest
             */
            FactsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.FactsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.FactsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.FactsRequest();
                if (object.keys) {
                    if (!$Array.isArray(object.keys))
                        throw $TypeError(".ampm.v1.FactsRequest.keys: array expected");
                    message.keys = $Array(object.keys.length);
                    for (let i = 0; i < object.keys.length; ++i)
                        message.keys[i] = $String(object.keys[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a FactsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {ampm.v1.FactsRequest} message FactsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FactsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.keys = [];
                if (message.keys && message.keys.length) {
                    object.keys = $Array(message.keys.length);
                    for (let j = 0; j < message.keys.length; ++j)
                        object.keys[j] = message.keys[j];
                }
                return object;
            };

            /**
             * Converts this FactsRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.FactsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FactsRequest.prototype.toJSON = function() {
                return FactsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FactsRequest
             * @function getTypeUrl
             * @memberof ampm.v1.FactsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FactsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.FactsRequest";
            };

            return FactsRequest;
        })();

        v1.FactsReply = (function() {

            /**
             * Properties of a FactsReply.
             * @typedef {Object} ampm.v1.FactsReply.$Properties
             * @property {google.protobuf.Struct.$Properties|null} [facts] FactsReply facts
             * @property {Array.<string>|null} [tags] FactsReply tags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FactsReply.
             * @memberof ampm.v1
             * @interface IFactsReply
             * @augments ampm.v1.FactsReply.$Properties
             * @deprecated Use ampm.v1.FactsReply.$Properties instead.
             */

            /**
             * Shape of a FactsReply.
             * @typedef {{
             *   facts?: google.protobuf.Struct.$Shape|null;
             *   tags?: Array.<string>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ampm.v1.FactsReply.$Shape
             */

            /**
             * Constructs a new FactsReply.
             * @memberof ampm.v1
             * @classdesc Represents a FactsReply.
             * @constructor
             * @param {ampm.v1.FactsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FactsReply = function (properties) {
                this.tags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FactsReply facts.
             * @member {google.protobuf.Struct.$Properties|null|undefined} facts
             * @memberof ampm.v1.FactsReply
             * @instance
             */
            FactsReply.prototype.facts = null;

            /**
             * FactsReply tags.
             * @member {Array.<string>} tags
             * @memberof ampm.v1.FactsReply
             * @instance
             */
            FactsReply.prototype.tags = $util.emptyArray;

            /**
             * Creates a new FactsReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {ampm.v1.FactsReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.FactsReply} FactsReply instance
             * @type {{
             *   (properties: ampm.v1.FactsReply.$Shape): ampm.v1.FactsReply & ampm.v1.FactsReply.$Shape;
             *   (properties?: ampm.v1.FactsReply.$Properties): ampm.v1.FactsReply;
             * }}
             */
            FactsReply.create = function(properties) {
                return new FactsReply(properties);
            };

            /**
             * Encodes the specified FactsReply message. Does not implicitly {@link ampm.v1.FactsReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {ampm.v1.FactsReply.$Properties} message FactsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FactsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.facts != null && $Object.hasOwnProperty.call(message, "facts"))
                    $root.google.protobuf.Struct.encode(message.facts, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.tags[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FactsReply message, length delimited. Does not implicitly {@link ampm.v1.FactsReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {ampm.v1.FactsReply.$Properties} message FactsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FactsReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FactsReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.FactsReply & ampm.v1.FactsReply.$Shape} FactsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FactsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.FactsReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.facts = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.facts);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FactsReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.FactsReply & ampm.v1.FactsReply.$Shape} FactsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FactsReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FactsReply message.
             * @function verify
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FactsReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.facts != null && $Object.hasOwnProperty.call(message, "facts")) {
                    let error = $root.google.protobuf.Struct.verify(message.facts, _depth + 1);
                    if (error)
                        return "facts." + error;
                }
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                return null;
            };

            /**
             * Creates a FactsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.FactsReply} FactsReply
             */
            FactsReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.FactsReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.FactsReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.FactsReply();
                if (object.facts != null) {
                    if (!$util.isObject(object.facts))
                        throw $TypeError(".ampm.v1.FactsReply.facts: object expected");
                    message.facts = $root.google.protobuf.Struct.fromObject(object.facts, _depth + 1);
                }
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".ampm.v1.FactsReply.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a FactsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {ampm.v1.FactsReply} message FactsReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FactsReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tags = [];
                if (options.defaults)
                    object.facts = null;
                if (message.facts != null && $Object.hasOwnProperty.call(message, "facts"))
                    object.facts = $root.google.protobuf.Struct.toObject(message.facts, options, _depth + 1);
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                return object;
            };

            /**
             * Converts this FactsReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.FactsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FactsReply.prototype.toJSON = function() {
                return FactsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FactsReply
             * @function getTypeUrl
             * @memberof ampm.v1.FactsReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FactsReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.FactsReply";
            };

            return FactsReply;
        })();

        v1.InventoryRequest = (function() {

            /**
             * Properties of an InventoryRequest.
             * @typedef {Object} ampm.v1.InventoryRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InventoryRequest.
             * @memberof ampm.v1
             * @interface IInventoryRequest
             * @augments ampm.v1.InventoryRequest.$Properties
             * @deprecated Use ampm.v1.InventoryRequest.$Properties instead.
             */

            /**
             * Shape of an InventoryRequest.
             * @typedef {ampm.v1.InventoryRequest.$Properties} ampm.v1.InventoryRequest.$Shape
             */

            /**
             * Constructs a new InventoryRequest.
             * @memberof ampm.v1
             * @classdesc Represents an InventoryRequest.
             * @constructor
             * @param {ampm.v1.InventoryRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InventoryRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new InventoryRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {ampm.v1.InventoryRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.InventoryRequest} InventoryRequest instance
             * @type {{
             *   (properties: ampm.v1.InventoryRequest.$Shape): ampm.v1.InventoryRequest & ampm.v1.InventoryRequest.$Shape;
             *   (properties?: ampm.v1.InventoryRequest.$Properties): ampm.v1.InventoryRequest;
             * }}
             */
            InventoryRequest.create = function(properties) {
                return new InventoryRequest(properties);
            };

            /**
             * Encodes the specified InventoryRequest message. Does not implicitly {@link ampm.v1.InventoryRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {ampm.v1.InventoryRequest.$Properties} message InventoryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InventoryRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InventoryRequest message, length delimited. Does not implicitly {@link ampm.v1.InventoryRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {ampm.v1.InventoryRequest.$Properties} message InventoryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InventoryRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InventoryRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.InventoryRequest & ampm.v1.InventoryRequest.$Shape} InventoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InventoryRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.InventoryRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an InventoryRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.InventoryRequest & ampm.v1.InventoryRequest.$Shape} InventoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InventoryRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InventoryRequest message.
             * @function verify
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InventoryRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an InventoryRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.InventoryRequest} InventoryRequest
             */
            InventoryRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.InventoryRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.InventoryRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ampm.v1.InventoryRequest();
            };

            /**
             * Creates a plain object from an InventoryRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {ampm.v1.InventoryRequest} message InventoryRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InventoryRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this InventoryRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.InventoryRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InventoryRequest.prototype.toJSON = function() {
                return InventoryRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InventoryRequest
             * @function getTypeUrl
             * @memberof ampm.v1.InventoryRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InventoryRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.InventoryRequest";
            };

            return InventoryRequest;
        })();

        v1.InventoryReply = (function() {

            /**
             * Properties of an InventoryReply.
             * @typedef {Object} ampm.v1.InventoryReply.$Properties
             * @property {string|null} [version] InventoryReply version
             * @property {number|null} [startedAtMs] InventoryReply startedAtMs
             * @property {Array.<string>|null} [tags] InventoryReply tags
             * @property {Array.<ampm.v1.AgentInfo.$Properties>|null} [agents] InventoryReply agents
             * @property {Array.<ampm.v1.AgentInfo.$Properties>|null} [plugins] InventoryReply plugins
             * @property {Array.<string>|null} [pluginProblems] InventoryReply pluginProblems
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InventoryReply.
             * @memberof ampm.v1
             * @interface IInventoryReply
             * @augments ampm.v1.InventoryReply.$Properties
             * @deprecated Use ampm.v1.InventoryReply.$Properties instead.
             */

            /**
             * Shape of an InventoryReply.
             * @typedef {ampm.v1.InventoryReply.$Properties} ampm.v1.InventoryReply.$Shape
             */

            /**
             * Constructs a new InventoryReply.
             * @memberof ampm.v1
             * @classdesc Represents an InventoryReply.
             * @constructor
             * @param {ampm.v1.InventoryReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InventoryReply = function (properties) {
                this.tags = [];
                this.agents = [];
                this.plugins = [];
                this.pluginProblems = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InventoryReply version.
             * @member {string} version
             * @memberof ampm.v1.InventoryReply
             * @instance
             */
            InventoryReply.prototype.version = "";

            /**
             * InventoryReply startedAtMs.
             * @member {number} startedAtMs
             * @memberof ampm.v1.InventoryReply
             * @instance
             */
            InventoryReply.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InventoryReply tags.
             * @member {Array.<string>} tags
             * @memberof ampm.v1.InventoryReply
             * @instance
             */
            InventoryReply.prototype.tags = $util.emptyArray;

            /**
             * InventoryReply agents.
             * @member {Array.<ampm.v1.AgentInfo.$Properties>} agents
             * @memberof ampm.v1.InventoryReply
             * @instance
             */
            InventoryReply.prototype.agents = $util.emptyArray;

            /**
             * InventoryReply plugins.
             * @member {Array.<ampm.v1.AgentInfo.$Properties>} plugins
             * @memberof ampm.v1.InventoryReply
             * @instance
             */
            InventoryReply.prototype.plugins = $util.emptyArray;

            /**
             * InventoryReply pluginProblems.
             * @member {Array.<string>} pluginProblems
             * @memberof ampm.v1.InventoryReply
             * @instance
             */
            InventoryReply.prototype.pluginProblems = $util.emptyArray;

            /**
             * Creates a new InventoryReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {ampm.v1.InventoryReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.InventoryReply} InventoryReply instance
             * @type {{
             *   (properties: ampm.v1.InventoryReply.$Shape): ampm.v1.InventoryReply & ampm.v1.InventoryReply.$Shape;
             *   (properties?: ampm.v1.InventoryReply.$Properties): ampm.v1.InventoryReply;
             * }}
             */
            InventoryReply.create = function(properties) {
                return new InventoryReply(properties);
            };

            /**
             * Encodes the specified InventoryReply message. Does not implicitly {@link ampm.v1.InventoryReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {ampm.v1.InventoryReply.$Properties} message InventoryReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InventoryReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.startedAtMs);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.tags[i]);
                if (message.agents != null && message.agents.length)
                    for (let i = 0; i < message.agents.length; ++i)
                        $root.ampm.v1.AgentInfo.encode(message.agents[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.plugins != null && message.plugins.length)
                    for (let i = 0; i < message.plugins.length; ++i)
                        $root.ampm.v1.AgentInfo.encode(message.plugins[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.pluginProblems != null && message.pluginProblems.length)
                    for (let i = 0; i < message.pluginProblems.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.pluginProblems[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InventoryReply message, length delimited. Does not implicitly {@link ampm.v1.InventoryReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {ampm.v1.InventoryReply.$Properties} message InventoryReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InventoryReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InventoryReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.InventoryReply & ampm.v1.InventoryReply.$Shape} InventoryReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InventoryReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.InventoryReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agents && message.agents.length))
                                message.agents = [];
                            message.agents.push($root.ampm.v1.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.plugins && message.plugins.length))
                                message.plugins = [];
                            message.plugins.push($root.ampm.v1.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pluginProblems && message.pluginProblems.length))
                                message.pluginProblems = [];
                            message.pluginProblems.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an InventoryReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.InventoryReply & ampm.v1.InventoryReply.$Shape} InventoryReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InventoryReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InventoryReply message.
             * @function verify
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InventoryReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.agents != null && $Object.hasOwnProperty.call(message, "agents")) {
                    if (!$Array.isArray(message.agents))
                        return "agents: array expected";
                    for (let i = 0; i < message.agents.length; ++i) {
                        let error = $root.ampm.v1.AgentInfo.verify(message.agents[i], _depth + 1);
                        if (error)
                            return "agents." + error;
                    }
                }
                if (message.plugins != null && $Object.hasOwnProperty.call(message, "plugins")) {
                    if (!$Array.isArray(message.plugins))
                        return "plugins: array expected";
                    for (let i = 0; i < message.plugins.length; ++i) {
                        let error = $root.ampm.v1.AgentInfo.verify(message.plugins[i], _depth + 1);
                        if (error)
                            return "plugins." + error;
                    }
                }
                if (message.pluginProblems != null && $Object.hasOwnProperty.call(message, "pluginProblems")) {
                    if (!$Array.isArray(message.pluginProblems))
                        return "pluginProblems: array expected";
                    for (let i = 0; i < message.pluginProblems.length; ++i)
                        if (!$util.isString(message.pluginProblems[i]))
                            return "pluginProblems: string[] expected";
                }
                return null;
            };

            /**
             * Creates an InventoryReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.InventoryReply} InventoryReply
             */
            InventoryReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.InventoryReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.InventoryReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.InventoryReply();
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".ampm.v1.InventoryReply.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.agents) {
                    if (!$Array.isArray(object.agents))
                        throw $TypeError(".ampm.v1.InventoryReply.agents: array expected");
                    message.agents = $Array(object.agents.length);
                    for (let i = 0; i < object.agents.length; ++i) {
                        if (!$util.isObject(object.agents[i]))
                            throw $TypeError(".ampm.v1.InventoryReply.agents: object expected");
                        message.agents[i] = $root.ampm.v1.AgentInfo.fromObject(object.agents[i], _depth + 1);
                    }
                }
                if (object.plugins) {
                    if (!$Array.isArray(object.plugins))
                        throw $TypeError(".ampm.v1.InventoryReply.plugins: array expected");
                    message.plugins = $Array(object.plugins.length);
                    for (let i = 0; i < object.plugins.length; ++i) {
                        if (!$util.isObject(object.plugins[i]))
                            throw $TypeError(".ampm.v1.InventoryReply.plugins: object expected");
                        message.plugins[i] = $root.ampm.v1.AgentInfo.fromObject(object.plugins[i], _depth + 1);
                    }
                }
                if (object.pluginProblems) {
                    if (!$Array.isArray(object.pluginProblems))
                        throw $TypeError(".ampm.v1.InventoryReply.pluginProblems: array expected");
                    message.pluginProblems = $Array(object.pluginProblems.length);
                    for (let i = 0; i < object.pluginProblems.length; ++i)
                        message.pluginProblems[i] = $String(object.pluginProblems[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an InventoryReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {ampm.v1.InventoryReply} message InventoryReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InventoryReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.tags = [];
                    object.agents = [];
                    object.plugins = [];
                    object.pluginProblems = [];
                }
                if (options.defaults) {
                    object.version = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.agents && message.agents.length) {
                    object.agents = $Array(message.agents.length);
                    for (let j = 0; j < message.agents.length; ++j)
                        object.agents[j] = $root.ampm.v1.AgentInfo.toObject(message.agents[j], options, _depth + 1);
                }
                if (message.plugins && message.plugins.length) {
                    object.plugins = $Array(message.plugins.length);
                    for (let j = 0; j < message.plugins.length; ++j)
                        object.plugins[j] = $root.ampm.v1.AgentInfo.toObject(message.plugins[j], options, _depth + 1);
                }
                if (message.pluginProblems && message.pluginProblems.length) {
                    object.pluginProblems = $Array(message.pluginProblems.length);
                    for (let j = 0; j < message.pluginProblems.length; ++j)
                        object.pluginProblems[j] = message.pluginProblems[j];
                }
                return object;
            };

            /**
             * Converts this InventoryReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.InventoryReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InventoryReply.prototype.toJSON = function() {
                return InventoryReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InventoryReply
             * @function getTypeUrl
             * @memberof ampm.v1.InventoryReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InventoryReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.InventoryReply";
            };

            return InventoryReply;
        })();

        v1.AgentInfo = (function() {

            /**
             * Properties of an AgentInfo.
             * @typedef {Object} ampm.v1.AgentInfo.$Properties
             * @property {string|null} [name] AgentInfo name
             * @property {string|null} [description] AgentInfo description
             * @property {string|null} [version] AgentInfo version
             * @property {string|null} [kind] AgentInfo kind
             * @property {boolean|null} [active] AgentInfo active
             * @property {string|null} [inactiveReason] AgentInfo inactiveReason
             * @property {Array.<ampm.v1.ActionInfo.$Properties>|null} [actions] AgentInfo actions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentInfo.
             * @memberof ampm.v1
             * @interface IAgentInfo
             * @augments ampm.v1.AgentInfo.$Properties
             * @deprecated Use ampm.v1.AgentInfo.$Properties instead.
             */

            /**
             * Shape of an AgentInfo.
             * @typedef {ampm.v1.AgentInfo.$Properties} ampm.v1.AgentInfo.$Shape
             */

            /**
             * Constructs a new AgentInfo.
             * @memberof ampm.v1
             * @classdesc Represents an AgentInfo.
             * @constructor
             * @param {ampm.v1.AgentInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentInfo = function (properties) {
                this.actions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgentInfo name.
             * @member {string} name
             * @memberof ampm.v1.AgentInfo
             * @instance
             */
            AgentInfo.prototype.name = "";

            /**
             * AgentInfo description.
             * @member {string} description
             * @memberof ampm.v1.AgentInfo
             * @instance
             */
            AgentInfo.prototype.description = "";

            /**
             * AgentInfo version.
             * @member {string} version
             * @memberof ampm.v1.AgentInfo
             * @instance
             */
            AgentInfo.prototype.version = "";

            /**
             * AgentInfo kind.
             * @member {string} kind
             * @memberof ampm.v1.AgentInfo
             * @instance
             */
            AgentInfo.prototype.kind = "";

            /**
             * AgentInfo active.
             * @member {boolean} active
             * @memberof ampm.v1.AgentInfo
             * @instance
             */
            AgentInfo.prototype.active = false;

            /**
             * AgentInfo inactiveReason.
             * @member {string} inactiveReason
             * @memberof ampm.v1.AgentInfo
             * @instance
             */
            AgentInfo.prototype.inactiveReason = "";

            /**
             * AgentInfo actions.
             * @member {Array.<ampm.v1.ActionInfo.$Properties>} actions
             * @memberof ampm.v1.AgentInfo
             * @instance
             */
            AgentInfo.prototype.actions = $util.emptyArray;

            /**
             * Creates a new AgentInfo instance using the specified properties.
             * @function create
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {ampm.v1.AgentInfo.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.AgentInfo} AgentInfo instance
             * @type {{
             *   (properties: ampm.v1.AgentInfo.$Shape): ampm.v1.AgentInfo & ampm.v1.AgentInfo.$Shape;
             *   (properties?: ampm.v1.AgentInfo.$Properties): ampm.v1.AgentInfo;
             * }}
             */
            AgentInfo.create = function(properties) {
                return new AgentInfo(properties);
            };

            /**
             * Encodes the specified AgentInfo message. Does not implicitly {@link ampm.v1.AgentInfo.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {ampm.v1.AgentInfo.$Properties} message AgentInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.kind);
                if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.active);
                if (message.inactiveReason != null && $Object.hasOwnProperty.call(message, "inactiveReason") && message.inactiveReason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.inactiveReason);
                if (message.actions != null && message.actions.length)
                    for (let i = 0; i < message.actions.length; ++i)
                        $root.ampm.v1.ActionInfo.encode(message.actions[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AgentInfo message, length delimited. Does not implicitly {@link ampm.v1.AgentInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {ampm.v1.AgentInfo.$Properties} message AgentInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AgentInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.AgentInfo & ampm.v1.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.AgentInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.active = value;
                            else
                                delete message.active;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inactiveReason = value;
                            else
                                delete message.inactiveReason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.actions && message.actions.length))
                                message.actions = [];
                            message.actions.push($root.ampm.v1.ActionInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AgentInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.AgentInfo & ampm.v1.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AgentInfo message.
             * @function verify
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgentInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.active != null && $Object.hasOwnProperty.call(message, "active"))
                    if (typeof message.active !== "boolean")
                        return "active: boolean expected";
                if (message.inactiveReason != null && $Object.hasOwnProperty.call(message, "inactiveReason"))
                    if (!$util.isString(message.inactiveReason))
                        return "inactiveReason: string expected";
                if (message.actions != null && $Object.hasOwnProperty.call(message, "actions")) {
                    if (!$Array.isArray(message.actions))
                        return "actions: array expected";
                    for (let i = 0; i < message.actions.length; ++i) {
                        let error = $root.ampm.v1.ActionInfo.verify(message.actions[i], _depth + 1);
                        if (error)
                            return "actions." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an AgentInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.AgentInfo} AgentInfo
             */
            AgentInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.AgentInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.AgentInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.AgentInfo();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.active != null)
                    if (object.active)
                        message.active = $Boolean(object.active);
                if (object.inactiveReason != null)
                    if (typeof object.inactiveReason !== "string" || object.inactiveReason.length)
                        message.inactiveReason = $String(object.inactiveReason);
                if (object.actions) {
                    if (!$Array.isArray(object.actions))
                        throw $TypeError(".ampm.v1.AgentInfo.actions: array expected");
                    message.actions = $Array(object.actions.length);
                    for (let i = 0; i < object.actions.length; ++i) {
                        if (!$util.isObject(object.actions[i]))
                            throw $TypeError(".ampm.v1.AgentInfo.actions: object expected");
                        message.actions[i] = $root.ampm.v1.ActionInfo.fromObject(object.actions[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an AgentInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {ampm.v1.AgentInfo} message AgentInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.actions = [];
                if (options.defaults) {
                    object.name = "";
                    object.description = "";
                    object.version = "";
                    object.kind = "";
                    object.active = false;
                    object.inactiveReason = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.active != null && $Object.hasOwnProperty.call(message, "active"))
                    object.active = message.active;
                if (message.inactiveReason != null && $Object.hasOwnProperty.call(message, "inactiveReason"))
                    object.inactiveReason = message.inactiveReason;
                if (message.actions && message.actions.length) {
                    object.actions = $Array(message.actions.length);
                    for (let j = 0; j < message.actions.length; ++j)
                        object.actions[j] = $root.ampm.v1.ActionInfo.toObject(message.actions[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this AgentInfo to JSON.
             * @function toJSON
             * @memberof ampm.v1.AgentInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentInfo.prototype.toJSON = function() {
                return AgentInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentInfo
             * @function getTypeUrl
             * @memberof ampm.v1.AgentInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.AgentInfo";
            };

            return AgentInfo;
        })();

        v1.ActionInfo = (function() {

            /**
             * Properties of an ActionInfo.
             * @typedef {Object} ampm.v1.ActionInfo.$Properties
             * @property {string|null} [name] ActionInfo name
             * @property {string|null} [description] ActionInfo description
             * @property {string|null} [inputType] ActionInfo inputType
             * @property {string|null} [outputType] ActionInfo outputType
             * @property {string|null} [inputSchemaJson] ActionInfo inputSchemaJson
             * @property {string|null} [outputSchemaJson] ActionInfo outputSchemaJson
             * @property {number|null} [timeoutMs] ActionInfo timeoutMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActionInfo.
             * @memberof ampm.v1
             * @interface IActionInfo
             * @augments ampm.v1.ActionInfo.$Properties
             * @deprecated Use ampm.v1.ActionInfo.$Properties instead.
             */

            /**
             * Shape of an ActionInfo.
             * @typedef {ampm.v1.ActionInfo.$Properties} ampm.v1.ActionInfo.$Shape
             */

            /**
             * Constructs a new ActionInfo.
             * @memberof ampm.v1
             * @classdesc Represents an ActionInfo.
             * @constructor
             * @param {ampm.v1.ActionInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ActionInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ActionInfo name.
             * @member {string} name
             * @memberof ampm.v1.ActionInfo
             * @instance
             */
            ActionInfo.prototype.name = "";

            /**
             * ActionInfo description.
             * @member {string} description
             * @memberof ampm.v1.ActionInfo
             * @instance
             */
            ActionInfo.prototype.description = "";

            /**
             * ActionInfo inputType.
             * @member {string} inputType
             * @memberof ampm.v1.ActionInfo
             * @instance
             */
            ActionInfo.prototype.inputType = "";

            /**
             * ActionInfo outputType.
             * @member {string} outputType
             * @memberof ampm.v1.ActionInfo
             * @instance
             */
            ActionInfo.prototype.outputType = "";

            /**
             * ActionInfo inputSchemaJson.
             * @member {string} inputSchemaJson
             * @memberof ampm.v1.ActionInfo
             * @instance
             */
            ActionInfo.prototype.inputSchemaJson = "";

            /**
             * ActionInfo outputSchemaJson.
             * @member {string} outputSchemaJson
             * @memberof ampm.v1.ActionInfo
             * @instance
             */
            ActionInfo.prototype.outputSchemaJson = "";

            /**
             * ActionInfo timeoutMs.
             * @member {number} timeoutMs
             * @memberof ampm.v1.ActionInfo
             * @instance
             */
            ActionInfo.prototype.timeoutMs = 0;

            /**
             * Creates a new ActionInfo instance using the specified properties.
             * @function create
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {ampm.v1.ActionInfo.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.ActionInfo} ActionInfo instance
             * @type {{
             *   (properties: ampm.v1.ActionInfo.$Shape): ampm.v1.ActionInfo & ampm.v1.ActionInfo.$Shape;
             *   (properties?: ampm.v1.ActionInfo.$Properties): ampm.v1.ActionInfo;
             * }}
             */
            ActionInfo.create = function(properties) {
                return new ActionInfo(properties);
            };

            /**
             * Encodes the specified ActionInfo message. Does not implicitly {@link ampm.v1.ActionInfo.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {ampm.v1.ActionInfo.$Properties} message ActionInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActionInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.inputType != null && $Object.hasOwnProperty.call(message, "inputType") && message.inputType !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.inputType);
                if (message.outputType != null && $Object.hasOwnProperty.call(message, "outputType") && message.outputType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.outputType);
                if (message.inputSchemaJson != null && $Object.hasOwnProperty.call(message, "inputSchemaJson") && message.inputSchemaJson !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.inputSchemaJson);
                if (message.outputSchemaJson != null && $Object.hasOwnProperty.call(message, "outputSchemaJson") && message.outputSchemaJson !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.outputSchemaJson);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.timeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ActionInfo message, length delimited. Does not implicitly {@link ampm.v1.ActionInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {ampm.v1.ActionInfo.$Properties} message ActionInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActionInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ActionInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.ActionInfo & ampm.v1.ActionInfo.$Shape} ActionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActionInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.ActionInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputType = value;
                            else
                                delete message.inputType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputType = value;
                            else
                                delete message.outputType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputSchemaJson = value;
                            else
                                delete message.inputSchemaJson;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputSchemaJson = value;
                            else
                                delete message.outputSchemaJson;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ActionInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.ActionInfo & ampm.v1.ActionInfo.$Shape} ActionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActionInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ActionInfo message.
             * @function verify
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ActionInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.inputType != null && $Object.hasOwnProperty.call(message, "inputType"))
                    if (!$util.isString(message.inputType))
                        return "inputType: string expected";
                if (message.outputType != null && $Object.hasOwnProperty.call(message, "outputType"))
                    if (!$util.isString(message.outputType))
                        return "outputType: string expected";
                if (message.inputSchemaJson != null && $Object.hasOwnProperty.call(message, "inputSchemaJson"))
                    if (!$util.isString(message.inputSchemaJson))
                        return "inputSchemaJson: string expected";
                if (message.outputSchemaJson != null && $Object.hasOwnProperty.call(message, "outputSchemaJson"))
                    if (!$util.isString(message.outputSchemaJson))
                        return "outputSchemaJson: string expected";
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    if (!$util.isInteger(message.timeoutMs))
                        return "timeoutMs: integer expected";
                return null;
            };

            /**
             * Creates an ActionInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.ActionInfo} ActionInfo
             */
            ActionInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.ActionInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.ActionInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.ActionInfo();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.inputType != null)
                    if (typeof object.inputType !== "string" || object.inputType.length)
                        message.inputType = $String(object.inputType);
                if (object.outputType != null)
                    if (typeof object.outputType !== "string" || object.outputType.length)
                        message.outputType = $String(object.outputType);
                if (object.inputSchemaJson != null)
                    if (typeof object.inputSchemaJson !== "string" || object.inputSchemaJson.length)
                        message.inputSchemaJson = $String(object.inputSchemaJson);
                if (object.outputSchemaJson != null)
                    if (typeof object.outputSchemaJson !== "string" || object.outputSchemaJson.length)
                        message.outputSchemaJson = $String(object.outputSchemaJson);
                if (object.timeoutMs != null)
                    if ($Number(object.timeoutMs) !== 0)
                        message.timeoutMs = object.timeoutMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an ActionInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {ampm.v1.ActionInfo} message ActionInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ActionInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.description = "";
                    object.inputType = "";
                    object.outputType = "";
                    object.inputSchemaJson = "";
                    object.outputSchemaJson = "";
                    object.timeoutMs = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.inputType != null && $Object.hasOwnProperty.call(message, "inputType"))
                    object.inputType = message.inputType;
                if (message.outputType != null && $Object.hasOwnProperty.call(message, "outputType"))
                    object.outputType = message.outputType;
                if (message.inputSchemaJson != null && $Object.hasOwnProperty.call(message, "inputSchemaJson"))
                    object.inputSchemaJson = message.inputSchemaJson;
                if (message.outputSchemaJson != null && $Object.hasOwnProperty.call(message, "outputSchemaJson"))
                    object.outputSchemaJson = message.outputSchemaJson;
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    object.timeoutMs = message.timeoutMs;
                return object;
            };

            /**
             * Converts this ActionInfo to JSON.
             * @function toJSON
             * @memberof ampm.v1.ActionInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ActionInfo.prototype.toJSON = function() {
                return ActionInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ActionInfo
             * @function getTypeUrl
             * @memberof ampm.v1.ActionInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ActionInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.ActionInfo";
            };

            return ActionInfo;
        })();

        v1.DaemonStatsRequest = (function() {

            /**
             * Properties of a DaemonStatsRequest.
             * @typedef {Object} ampm.v1.DaemonStatsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DaemonStatsRequest.
             * @memberof ampm.v1
             * @interface IDaemonStatsRequest
             * @augments ampm.v1.DaemonStatsRequest.$Properties
             * @deprecated Use ampm.v1.DaemonStatsRequest.$Properties instead.
             */

            /**
             * Shape of a DaemonStatsRequest.
             * @typedef {ampm.v1.DaemonStatsRequest.$Properties} ampm.v1.DaemonStatsRequest.$Shape
             */

            /**
             * Constructs a new DaemonStatsRequest.
             * @memberof ampm.v1
             * @classdesc Represents a DaemonStatsRequest.
             * @constructor
             * @param {ampm.v1.DaemonStatsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DaemonStatsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new DaemonStatsRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {ampm.v1.DaemonStatsRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.DaemonStatsRequest} DaemonStatsRequest instance
             * @type {{
             *   (properties: ampm.v1.DaemonStatsRequest.$Shape): ampm.v1.DaemonStatsRequest & ampm.v1.DaemonStatsRequest.$Shape;
             *   (properties?: ampm.v1.DaemonStatsRequest.$Properties): ampm.v1.DaemonStatsRequest;
             * }}
             */
            DaemonStatsRequest.create = function(properties) {
                return new DaemonStatsRequest(properties);
            };

            /**
             * Encodes the specified DaemonStatsRequest message. Does not implicitly {@link ampm.v1.DaemonStatsRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {ampm.v1.DaemonStatsRequest.$Properties} message DaemonStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DaemonStatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DaemonStatsRequest message, length delimited. Does not implicitly {@link ampm.v1.DaemonStatsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {ampm.v1.DaemonStatsRequest.$Properties} message DaemonStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DaemonStatsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DaemonStatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.DaemonStatsRequest & ampm.v1.DaemonStatsRequest.$Shape} DaemonStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DaemonStatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.DaemonStatsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DaemonStatsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.DaemonStatsRequest & ampm.v1.DaemonStatsRequest.$Shape} DaemonStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DaemonStatsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DaemonStatsRequest message.
             * @function verify
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DaemonStatsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a DaemonStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.DaemonStatsRequest} DaemonStatsRequest
             */
            DaemonStatsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.DaemonStatsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.DaemonStatsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ampm.v1.DaemonStatsRequest();
            };

            /**
             * Creates a plain object from a DaemonStatsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {ampm.v1.DaemonStatsRequest} message DaemonStatsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DaemonStatsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this DaemonStatsRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.DaemonStatsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DaemonStatsRequest.prototype.toJSON = function() {
                return DaemonStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DaemonStatsRequest
             * @function getTypeUrl
             * @memberof ampm.v1.DaemonStatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DaemonStatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.DaemonStatsRequest";
            };

            return DaemonStatsRequest;
        })();

        v1.DaemonStatsReply = (function() {

            /**
             * Properties of a DaemonStatsReply.
             * @typedef {Object} ampm.v1.DaemonStatsReply.$Properties
             * @property {number|null} [startedAtMs] DaemonStatsReply startedAtMs
             * @property {number|null} [received] DaemonStatsReply received
             * @property {number|null} [malformed] DaemonStatsReply malformed
             * @property {number|null} [filtered] DaemonStatsReply filtered
             * @property {number|null} [duplicates] DaemonStatsReply duplicates
             * @property {number|null} [expired] DaemonStatsReply expired
             * @property {number|null} [busy] DaemonStatsReply busy
             * @property {number|null} [replies] DaemonStatsReply replies
             * @property {Object.<string,number>|null} [actions] DaemonStatsReply actions
             * @property {Object.<string,number>|null} [statuses] DaemonStatsReply statuses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DaemonStatsReply.
             * @memberof ampm.v1
             * @interface IDaemonStatsReply
             * @augments ampm.v1.DaemonStatsReply.$Properties
             * @deprecated Use ampm.v1.DaemonStatsReply.$Properties instead.
             */

            /**
             * Shape of a DaemonStatsReply.
             * @typedef {ampm.v1.DaemonStatsReply.$Properties} ampm.v1.DaemonStatsReply.$Shape
             */

            /**
             * Constructs a new DaemonStatsReply.
             * @memberof ampm.v1
             * @classdesc Represents a DaemonStatsReply.
             * @constructor
             * @param {ampm.v1.DaemonStatsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DaemonStatsReply = function (properties) {
                this.actions = {};
                this.statuses = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DaemonStatsReply startedAtMs.
             * @member {number} startedAtMs
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaemonStatsReply received.
             * @member {number} received
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaemonStatsReply malformed.
             * @member {number} malformed
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.malformed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaemonStatsReply filtered.
             * @member {number} filtered
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.filtered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaemonStatsReply duplicates.
             * @member {number} duplicates
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.duplicates = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaemonStatsReply expired.
             * @member {number} expired
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.expired = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaemonStatsReply busy.
             * @member {number} busy
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.busy = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaemonStatsReply replies.
             * @member {number} replies
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.replies = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DaemonStatsReply actions.
             * @member {Object.<string,number>} actions
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.actions = $util.emptyObject;

            /**
             * DaemonStatsReply statuses.
             * @member {Object.<string,number>} statuses
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             */
            DaemonStatsReply.prototype.statuses = $util.emptyObject;

            /**
             * Creates a new DaemonStatsReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {ampm.v1.DaemonStatsReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.DaemonStatsReply} DaemonStatsReply instance
             * @type {{
             *   (properties: ampm.v1.DaemonStatsReply.$Shape): ampm.v1.DaemonStatsReply & ampm.v1.DaemonStatsReply.$Shape;
             *   (properties?: ampm.v1.DaemonStatsReply.$Properties): ampm.v1.DaemonStatsReply;
             * }}
             */
            DaemonStatsReply.create = function(properties) {
                return new DaemonStatsReply(properties);
            };

            /**
             * Encodes the specified DaemonStatsReply message. Does not implicitly {@link ampm.v1.DaemonStatsReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {ampm.v1.DaemonStatsReply.$Properties} message DaemonStatsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DaemonStatsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.startedAtMs);
                if (message.received != null && $Object.hasOwnProperty.call(message, "received") && (typeof message.received === "object" ? message.received.low || message.received.high : message.received !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.received);
                if (message.malformed != null && $Object.hasOwnProperty.call(message, "malformed") && (typeof message.malformed === "object" ? message.malformed.low || message.malformed.high : message.malformed !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.malformed);
                if (message.filtered != null && $Object.hasOwnProperty.call(message, "filtered") && (typeof message.filtered === "object" ? message.filtered.low || message.filtered.high : message.filtered !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.filtered);
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates") && (typeof message.duplicates === "object" ? message.duplicates.low || message.duplicates.high : message.duplicates !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.duplicates);
                if (message.expired != null && $Object.hasOwnProperty.call(message, "expired") && (typeof message.expired === "object" ? message.expired.low || message.expired.high : message.expired !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.expired);
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy") && (typeof message.busy === "object" ? message.busy.low || message.busy.high : message.busy !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.busy);
                if (message.replies != null && $Object.hasOwnProperty.call(message, "replies") && (typeof message.replies === "object" ? message.replies.low || message.replies.high : message.replies !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.replies);
                if (message.actions != null && $Object.hasOwnProperty.call(message, "actions"))
                    for (let keys = $Object.keys(message.actions), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.actions[keys[i]]).ldelim();
                if (message.statuses != null && $Object.hasOwnProperty.call(message, "statuses"))
                    for (let keys = $Object.keys(message.statuses), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.statuses[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DaemonStatsReply message, length delimited. Does not implicitly {@link ampm.v1.DaemonStatsReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {ampm.v1.DaemonStatsReply.$Properties} message DaemonStatsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DaemonStatsReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DaemonStatsReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.DaemonStatsReply & ampm.v1.DaemonStatsReply.$Shape} DaemonStatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DaemonStatsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.DaemonStatsReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.received = value;
                            else
                                delete message.received;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.malformed = value;
                            else
                                delete message.malformed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.filtered = value;
                            else
                                delete message.filtered;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.duplicates = value;
                            else
                                delete message.duplicates;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expired = value;
                            else
                                delete message.expired;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.busy = value;
                            else
                                delete message.busy;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.replies = value;
                            else
                                delete message.replies;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.actions === $util.emptyObject)
                                message.actions = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.actions, key);
                            message.actions[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.statuses === $util.emptyObject)
                                message.statuses = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.statuses, key);
                            message.statuses[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DaemonStatsReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.DaemonStatsReply & ampm.v1.DaemonStatsReply.$Shape} DaemonStatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DaemonStatsReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DaemonStatsReply message.
             * @function verify
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DaemonStatsReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.received != null && $Object.hasOwnProperty.call(message, "received"))
                    if (!$util.isInteger(message.received) && !(message.received && $util.isInteger(message.received.low) && $util.isInteger(message.received.high)))
                        return "received: integer|Long expected";
                if (message.malformed != null && $Object.hasOwnProperty.call(message, "malformed"))
                    if (!$util.isInteger(message.malformed) && !(message.malformed && $util.isInteger(message.malformed.low) && $util.isInteger(message.malformed.high)))
                        return "malformed: integer|Long expected";
                if (message.filtered != null && $Object.hasOwnProperty.call(message, "filtered"))
                    if (!$util.isInteger(message.filtered) && !(message.filtered && $util.isInteger(message.filtered.low) && $util.isInteger(message.filtered.high)))
                        return "filtered: integer|Long expected";
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates"))
                    if (!$util.isInteger(message.duplicates) && !(message.duplicates && $util.isInteger(message.duplicates.low) && $util.isInteger(message.duplicates.high)))
                        return "duplicates: integer|Long expected";
                if (message.expired != null && $Object.hasOwnProperty.call(message, "expired"))
                    if (!$util.isInteger(message.expired) && !(message.expired && $util.isInteger(message.expired.low) && $util.isInteger(message.expired.high)))
                        return "expired: integer|Long expected";
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                    if (!$util.isInteger(message.busy) && !(message.busy && $util.isInteger(message.busy.low) && $util.isInteger(message.busy.high)))
                        return "busy: integer|Long expected";
                if (message.replies != null && $Object.hasOwnProperty.call(message, "replies"))
                    if (!$util.isInteger(message.replies) && !(message.replies && $util.isInteger(message.replies.low) && $util.isInteger(message.replies.high)))
                        return "replies: integer|Long expected";
                if (message.actions != null && $Object.hasOwnProperty.call(message, "actions")) {
                    if (!$util.isObject(message.actions))
                        return "actions: object expected";
                    let key = $Object.keys(message.actions);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.actions[key[i]]) && !(message.actions[key[i]] && $util.isInteger(message.actions[key[i]].low) && $util.isInteger(message.actions[key[i]].high)))
                            return "actions: integer|Long{k:string} expected";
                }
                if (message.statuses != null && $Object.hasOwnProperty.call(message, "statuses")) {
                    if (!$util.isObject(message.statuses))
                        return "statuses: object expected";
                    let key = $Object.keys(message.statuses);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.statuses[key[i]]) && !(message.statuses[key[i]] && $util.isInteger(message.statuses[key[i]].low) && $util.isInteger(message.statuses[key[i]].high)))
                            return "statuses: integer|Long{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a DaemonStatsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.DaemonStatsReply} DaemonStatsReply
             */
            DaemonStatsReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.DaemonStatsReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.DaemonStatsReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.DaemonStatsReply();
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.received != null)
                    if (typeof object.received === "object" ? object.received.low || object.received.high : $Number(object.received) !== 0)
                        if ($util.Long)
                            message.received = $util.Long.fromValue(object.received, true);
                        else if (typeof object.received === "string")
                            message.received = $parseInt(object.received, 10);
                        else if (typeof object.received === "number")
                            message.received = object.received;
                        else if (typeof object.received === "object")
                            message.received = new $util.LongBits(object.received.low >>> 0, object.received.high >>> 0).toNumber(true);
                if (object.malformed != null)
                    if (typeof object.malformed === "object" ? object.malformed.low || object.malformed.high : $Number(object.malformed) !== 0)
                        if ($util.Long)
                            message.malformed = $util.Long.fromValue(object.malformed, true);
                        else if (typeof object.malformed === "string")
                            message.malformed = $parseInt(object.malformed, 10);
                        else if (typeof object.malformed === "number")
                            message.malformed = object.malformed;
                        else if (typeof object.malformed === "object")
                            message.malformed = new $util.LongBits(object.malformed.low >>> 0, object.malformed.high >>> 0).toNumber(true);
                if (object.filtered != null)
                    if (typeof object.filtered === "object" ? object.filtered.low || object.filtered.high : $Number(object.filtered) !== 0)
                        if ($util.Long)
                            message.filtered = $util.Long.fromValue(object.filtered, true);
                        else if (typeof object.filtered === "string")
                            message.filtered = $parseInt(object.filtered, 10);
                        else if (typeof object.filtered === "number")
                            message.filtered = object.filtered;
                        else if (typeof object.filtered === "object")
                            message.filtered = new $util.LongBits(object.filtered.low >>> 0, object.filtered.high >>> 0).toNumber(true);
                if (object.duplicates != null)
                    if (typeof object.duplicates === "object" ? object.duplicates.low || object.duplicates.high : $Number(object.duplicates) !== 0)
                        if ($util.Long)
                            message.duplicates = $util.Long.fromValue(object.duplicates, true);
                        else if (typeof object.duplicates === "string")
                            message.duplicates = $parseInt(object.duplicates, 10);
                        else if (typeof object.duplicates === "number")
                            message.duplicates = object.duplicates;
                        else if (typeof object.duplicates === "object")
                            message.duplicates = new $util.LongBits(object.duplicates.low >>> 0, object.duplicates.high >>> 0).toNumber(true);
                if (object.expired != null)
                    if (typeof object.expired === "object" ? object.expired.low || object.expired.high : $Number(object.expired) !== 0)
                        if ($util.Long)
                            message.expired = $util.Long.fromValue(object.expired, true);
                        else if (typeof object.expired === "string")
                            message.expired = $parseInt(object.expired, 10);
                        else if (typeof object.expired === "number")
                            message.expired = object.expired;
                        else if (typeof object.expired === "object")
                            message.expired = new $util.LongBits(object.expired.low >>> 0, object.expired.high >>> 0).toNumber(true);
                if (object.busy != null)
                    if (typeof object.busy === "object" ? object.busy.low || object.busy.high : $Number(object.busy) !== 0)
                        if ($util.Long)
                            message.busy = $util.Long.fromValue(object.busy, true);
                        else if (typeof object.busy === "string")
                            message.busy = $parseInt(object.busy, 10);
                        else if (typeof object.busy === "number")
                            message.busy = object.busy;
                        else if (typeof object.busy === "object")
                            message.busy = new $util.LongBits(object.busy.low >>> 0, object.busy.high >>> 0).toNumber(true);
                if (object.replies != null)
                    if (typeof object.replies === "object" ? object.replies.low || object.replies.high : $Number(object.replies) !== 0)
                        if ($util.Long)
                            message.replies = $util.Long.fromValue(object.replies, true);
                        else if (typeof object.replies === "string")
                            message.replies = $parseInt(object.replies, 10);
                        else if (typeof object.replies === "number")
                            message.replies = object.replies;
                        else if (typeof object.replies === "object")
                            message.replies = new $util.LongBits(object.replies.low >>> 0, object.replies.high >>> 0).toNumber(true);
                if (object.actions) {
                    if (!$util.isObject(object.actions))
                        throw $TypeError(".ampm.v1.DaemonStatsReply.actions: object expected");
                    message.actions = {};
                    for (let keys = $Object.keys(object.actions), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.actions, keys[i]);
                        if ($util.Long)
                            message.actions[keys[i]] = $util.Long.fromValue(object.actions[keys[i]], true);
                        else if (typeof object.actions[keys[i]] === "string")
                            message.actions[keys[i]] = $parseInt(object.actions[keys[i]], 10);
                        else if (typeof object.actions[keys[i]] === "number")
                            message.actions[keys[i]] = object.actions[keys[i]];
                        else if (typeof object.actions[keys[i]] === "object")
                            message.actions[keys[i]] = new $util.LongBits(object.actions[keys[i]].low >>> 0, object.actions[keys[i]].high >>> 0).toNumber(true);
                    }
                }
                if (object.statuses) {
                    if (!$util.isObject(object.statuses))
                        throw $TypeError(".ampm.v1.DaemonStatsReply.statuses: object expected");
                    message.statuses = {};
                    for (let keys = $Object.keys(object.statuses), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.statuses, keys[i]);
                        if ($util.Long)
                            message.statuses[keys[i]] = $util.Long.fromValue(object.statuses[keys[i]], true);
                        else if (typeof object.statuses[keys[i]] === "string")
                            message.statuses[keys[i]] = $parseInt(object.statuses[keys[i]], 10);
                        else if (typeof object.statuses[keys[i]] === "number")
                            message.statuses[keys[i]] = object.statuses[keys[i]];
                        else if (typeof object.statuses[keys[i]] === "object")
                            message.statuses[keys[i]] = new $util.LongBits(object.statuses[keys[i]].low >>> 0, object.statuses[keys[i]].high >>> 0).toNumber(true);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a DaemonStatsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {ampm.v1.DaemonStatsReply} message DaemonStatsReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DaemonStatsReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.actions = {};
                    object.statuses = {};
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.received = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.received = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.malformed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.malformed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.filtered = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.filtered = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.duplicates = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.duplicates = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expired = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expired = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.busy = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.busy = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.replies = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.replies = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.received != null && $Object.hasOwnProperty.call(message, "received"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.received = typeof message.received === "number" ? $BigInt(message.received) : $util.Long.fromBits(message.received.low >>> 0, message.received.high >>> 0, true).toBigInt();
                    else if (typeof message.received === "number")
                        object.received = options.longs === $String ? $String(message.received) : message.received;
                    else
                        object.received = options.longs === $String ? $util.Long.prototype.toString.call(message.received) : options.longs === $Number ? new $util.LongBits(message.received.low >>> 0, message.received.high >>> 0).toNumber(true) : message.received;
                if (message.malformed != null && $Object.hasOwnProperty.call(message, "malformed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.malformed = typeof message.malformed === "number" ? $BigInt(message.malformed) : $util.Long.fromBits(message.malformed.low >>> 0, message.malformed.high >>> 0, true).toBigInt();
                    else if (typeof message.malformed === "number")
                        object.malformed = options.longs === $String ? $String(message.malformed) : message.malformed;
                    else
                        object.malformed = options.longs === $String ? $util.Long.prototype.toString.call(message.malformed) : options.longs === $Number ? new $util.LongBits(message.malformed.low >>> 0, message.malformed.high >>> 0).toNumber(true) : message.malformed;
                if (message.filtered != null && $Object.hasOwnProperty.call(message, "filtered"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.filtered = typeof message.filtered === "number" ? $BigInt(message.filtered) : $util.Long.fromBits(message.filtered.low >>> 0, message.filtered.high >>> 0, true).toBigInt();
                    else if (typeof message.filtered === "number")
                        object.filtered = options.longs === $String ? $String(message.filtered) : message.filtered;
                    else
                        object.filtered = options.longs === $String ? $util.Long.prototype.toString.call(message.filtered) : options.longs === $Number ? new $util.LongBits(message.filtered.low >>> 0, message.filtered.high >>> 0).toNumber(true) : message.filtered;
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.duplicates = typeof message.duplicates === "number" ? $BigInt(message.duplicates) : $util.Long.fromBits(message.duplicates.low >>> 0, message.duplicates.high >>> 0, true).toBigInt();
                    else if (typeof message.duplicates === "number")
                        object.duplicates = options.longs === $String ? $String(message.duplicates) : message.duplicates;
                    else
                        object.duplicates = options.longs === $String ? $util.Long.prototype.toString.call(message.duplicates) : options.longs === $Number ? new $util.LongBits(message.duplicates.low >>> 0, message.duplicates.high >>> 0).toNumber(true) : message.duplicates;
                if (message.expired != null && $Object.hasOwnProperty.call(message, "expired"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expired = typeof message.expired === "number" ? $BigInt(message.expired) : $util.Long.fromBits(message.expired.low >>> 0, message.expired.high >>> 0, true).toBigInt();
                    else if (typeof message.expired === "number")
                        object.expired = options.longs === $String ? $String(message.expired) : message.expired;
                    else
                        object.expired = options.longs === $String ? $util.Long.prototype.toString.call(message.expired) : options.longs === $Number ? new $util.LongBits(message.expired.low >>> 0, message.expired.high >>> 0).toNumber(true) : message.expired;
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.busy = typeof message.busy === "number" ? $BigInt(message.busy) : $util.Long.fromBits(message.busy.low >>> 0, message.busy.high >>> 0, true).toBigInt();
                    else if (typeof message.busy === "number")
                        object.busy = options.longs === $String ? $String(message.busy) : message.busy;
                    else
                        object.busy = options.longs === $String ? $util.Long.prototype.toString.call(message.busy) : options.longs === $Number ? new $util.LongBits(message.busy.low >>> 0, message.busy.high >>> 0).toNumber(true) : message.busy;
                if (message.replies != null && $Object.hasOwnProperty.call(message, "replies"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.replies = typeof message.replies === "number" ? $BigInt(message.replies) : $util.Long.fromBits(message.replies.low >>> 0, message.replies.high >>> 0, true).toBigInt();
                    else if (typeof message.replies === "number")
                        object.replies = options.longs === $String ? $String(message.replies) : message.replies;
                    else
                        object.replies = options.longs === $String ? $util.Long.prototype.toString.call(message.replies) : options.longs === $Number ? new $util.LongBits(message.replies.low >>> 0, message.replies.high >>> 0).toNumber(true) : message.replies;
                let keys2;
                if (message.actions && (keys2 = $Object.keys(message.actions)).length) {
                    object.actions = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.actions, keys2[j]);
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.actions[keys2[j]] = typeof message.actions[keys2[j]] === "number" ? $BigInt(message.actions[keys2[j]]) : $util.Long.fromBits(message.actions[keys2[j]].low >>> 0, message.actions[keys2[j]].high >>> 0, true).toBigInt();
                        else if (typeof message.actions[keys2[j]] === "number")
                            object.actions[keys2[j]] = options.longs === $String ? $String(message.actions[keys2[j]]) : message.actions[keys2[j]];
                        else
                            object.actions[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.actions[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.actions[keys2[j]].low >>> 0, message.actions[keys2[j]].high >>> 0).toNumber(true) : message.actions[keys2[j]];
                    }
                }
                if (message.statuses && (keys2 = $Object.keys(message.statuses)).length) {
                    object.statuses = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.statuses, keys2[j]);
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.statuses[keys2[j]] = typeof message.statuses[keys2[j]] === "number" ? $BigInt(message.statuses[keys2[j]]) : $util.Long.fromBits(message.statuses[keys2[j]].low >>> 0, message.statuses[keys2[j]].high >>> 0, true).toBigInt();
                        else if (typeof message.statuses[keys2[j]] === "number")
                            object.statuses[keys2[j]] = options.longs === $String ? $String(message.statuses[keys2[j]]) : message.statuses[keys2[j]];
                        else
                            object.statuses[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.statuses[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.statuses[keys2[j]].low >>> 0, message.statuses[keys2[j]].high >>> 0).toNumber(true) : message.statuses[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this DaemonStatsReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.DaemonStatsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DaemonStatsReply.prototype.toJSON = function() {
                return DaemonStatsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DaemonStatsReply
             * @function getTypeUrl
             * @memberof ampm.v1.DaemonStatsReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DaemonStatsReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.DaemonStatsReply";
            };

            return DaemonStatsReply;
        })();

        v1.ReloadRequest = (function() {

            /**
             * Properties of a ReloadRequest.
             * @typedef {Object} ampm.v1.ReloadRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReloadRequest.
             * @memberof ampm.v1
             * @interface IReloadRequest
             * @augments ampm.v1.ReloadRequest.$Properties
             * @deprecated Use ampm.v1.ReloadRequest.$Properties instead.
             */

            /**
             * Shape of a ReloadRequest.
             * @typedef {ampm.v1.ReloadRequest.$Properties} ampm.v1.ReloadRequest.$Shape
             */

            /**
             * Constructs a new ReloadRequest.
             * @memberof ampm.v1
             * @classdesc Represents a ReloadRequest.
             * @constructor
             * @param {ampm.v1.ReloadRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReloadRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ReloadRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {ampm.v1.ReloadRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.ReloadRequest} ReloadRequest instance
             * @type {{
             *   (properties: ampm.v1.ReloadRequest.$Shape): ampm.v1.ReloadRequest & ampm.v1.ReloadRequest.$Shape;
             *   (properties?: ampm.v1.ReloadRequest.$Properties): ampm.v1.ReloadRequest;
             * }}
             */
            ReloadRequest.create = function(properties) {
                return new ReloadRequest(properties);
            };

            /**
             * Encodes the specified ReloadRequest message. Does not implicitly {@link ampm.v1.ReloadRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {ampm.v1.ReloadRequest.$Properties} message ReloadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReloadRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReloadRequest message, length delimited. Does not implicitly {@link ampm.v1.ReloadRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {ampm.v1.ReloadRequest.$Properties} message ReloadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReloadRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReloadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.ReloadRequest & ampm.v1.ReloadRequest.$Shape} ReloadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReloadRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.ReloadRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReloadRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.ReloadRequest & ampm.v1.ReloadRequest.$Shape} ReloadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReloadRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReloadRequest message.
             * @function verify
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReloadRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ReloadRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.ReloadRequest} ReloadRequest
             */
            ReloadRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.ReloadRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.ReloadRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ampm.v1.ReloadRequest();
            };

            /**
             * Creates a plain object from a ReloadRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {ampm.v1.ReloadRequest} message ReloadRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReloadRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ReloadRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.ReloadRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReloadRequest.prototype.toJSON = function() {
                return ReloadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReloadRequest
             * @function getTypeUrl
             * @memberof ampm.v1.ReloadRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReloadRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.ReloadRequest";
            };

            return ReloadRequest;
        })();

        v1.ReloadReply = (function() {

            /**
             * Properties of a ReloadReply.
             * @typedef {Object} ampm.v1.ReloadReply.$Properties
             * @property {Array.<ampm.v1.AgentInfo.$Properties>|null} [plugins] ReloadReply plugins
             * @property {Array.<string>|null} [pluginProblems] ReloadReply pluginProblems
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReloadReply.
             * @memberof ampm.v1
             * @interface IReloadReply
             * @augments ampm.v1.ReloadReply.$Properties
             * @deprecated Use ampm.v1.ReloadReply.$Properties instead.
             */

            /**
             * Shape of a ReloadReply.
             * @typedef {ampm.v1.ReloadReply.$Properties} ampm.v1.ReloadReply.$Shape
             */

            /**
             * Constructs a new ReloadReply.
             * @memberof ampm.v1
             * @classdesc Represents a ReloadReply.
             * @constructor
             * @param {ampm.v1.ReloadReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReloadReply = function (properties) {
                this.plugins = [];
                this.pluginProblems = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReloadReply plugins.
             * @member {Array.<ampm.v1.AgentInfo.$Properties>} plugins
             * @memberof ampm.v1.ReloadReply
             * @instance
             */
            ReloadReply.prototype.plugins = $util.emptyArray;

            /**
             * ReloadReply pluginProblems.
             * @member {Array.<string>} pluginProblems
             * @memberof ampm.v1.ReloadReply
             * @instance
             */
            ReloadReply.prototype.pluginProblems = $util.emptyArray;

            /**
             * Creates a new ReloadReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {ampm.v1.ReloadReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.ReloadReply} ReloadReply instance
             * @type {{
             *   (properties: ampm.v1.ReloadReply.$Shape): ampm.v1.ReloadReply & ampm.v1.ReloadReply.$Shape;
             *   (properties?: ampm.v1.ReloadReply.$Properties): ampm.v1.ReloadReply;
             * }}
             */
            ReloadReply.create = function(properties) {
                return new ReloadReply(properties);
            };

            /**
             * Encodes the specified ReloadReply message. Does not implicitly {@link ampm.v1.ReloadReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {ampm.v1.ReloadReply.$Properties} message ReloadReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReloadReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.plugins != null && message.plugins.length)
                    for (let i = 0; i < message.plugins.length; ++i)
                        $root.ampm.v1.AgentInfo.encode(message.plugins[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.pluginProblems != null && message.pluginProblems.length)
                    for (let i = 0; i < message.pluginProblems.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.pluginProblems[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReloadReply message, length delimited. Does not implicitly {@link ampm.v1.ReloadReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {ampm.v1.ReloadReply.$Properties} message ReloadReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReloadReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReloadReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.ReloadReply & ampm.v1.ReloadReply.$Shape} ReloadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReloadReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.ReloadReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.plugins && message.plugins.length))
                                message.plugins = [];
                            message.plugins.push($root.ampm.v1.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pluginProblems && message.pluginProblems.length))
                                message.pluginProblems = [];
                            message.pluginProblems.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReloadReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.ReloadReply & ampm.v1.ReloadReply.$Shape} ReloadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReloadReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReloadReply message.
             * @function verify
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReloadReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.plugins != null && $Object.hasOwnProperty.call(message, "plugins")) {
                    if (!$Array.isArray(message.plugins))
                        return "plugins: array expected";
                    for (let i = 0; i < message.plugins.length; ++i) {
                        let error = $root.ampm.v1.AgentInfo.verify(message.plugins[i], _depth + 1);
                        if (error)
                            return "plugins." + error;
                    }
                }
                if (message.pluginProblems != null && $Object.hasOwnProperty.call(message, "pluginProblems")) {
                    if (!$Array.isArray(message.pluginProblems))
                        return "pluginProblems: array expected";
                    for (let i = 0; i < message.pluginProblems.length; ++i)
                        if (!$util.isString(message.pluginProblems[i]))
                            return "pluginProblems: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ReloadReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.ReloadReply} ReloadReply
             */
            ReloadReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.ReloadReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.ReloadReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.ReloadReply();
                if (object.plugins) {
                    if (!$Array.isArray(object.plugins))
                        throw $TypeError(".ampm.v1.ReloadReply.plugins: array expected");
                    message.plugins = $Array(object.plugins.length);
                    for (let i = 0; i < object.plugins.length; ++i) {
                        if (!$util.isObject(object.plugins[i]))
                            throw $TypeError(".ampm.v1.ReloadReply.plugins: object expected");
                        message.plugins[i] = $root.ampm.v1.AgentInfo.fromObject(object.plugins[i], _depth + 1);
                    }
                }
                if (object.pluginProblems) {
                    if (!$Array.isArray(object.pluginProblems))
                        throw $TypeError(".ampm.v1.ReloadReply.pluginProblems: array expected");
                    message.pluginProblems = $Array(object.pluginProblems.length);
                    for (let i = 0; i < object.pluginProblems.length; ++i)
                        message.pluginProblems[i] = $String(object.pluginProblems[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ReloadReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {ampm.v1.ReloadReply} message ReloadReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReloadReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.plugins = [];
                    object.pluginProblems = [];
                }
                if (message.plugins && message.plugins.length) {
                    object.plugins = $Array(message.plugins.length);
                    for (let j = 0; j < message.plugins.length; ++j)
                        object.plugins[j] = $root.ampm.v1.AgentInfo.toObject(message.plugins[j], options, _depth + 1);
                }
                if (message.pluginProblems && message.pluginProblems.length) {
                    object.pluginProblems = $Array(message.pluginProblems.length);
                    for (let j = 0; j < message.pluginProblems.length; ++j)
                        object.pluginProblems[j] = message.pluginProblems[j];
                }
                return object;
            };

            /**
             * Converts this ReloadReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.ReloadReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReloadReply.prototype.toJSON = function() {
                return ReloadReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReloadReply
             * @function getTypeUrl
             * @memberof ampm.v1.ReloadReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReloadReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.ReloadReply";
            };

            return ReloadReply;
        })();

        v1.EchoRequest = (function() {

            /**
             * Properties of an EchoRequest.
             * @typedef {Object} ampm.v1.EchoRequest.$Properties
             * @property {string|null} [message] EchoRequest message
             * @property {number|null} [delayMs] EchoRequest delayMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EchoRequest.
             * @memberof ampm.v1
             * @interface IEchoRequest
             * @augments ampm.v1.EchoRequest.$Properties
             * @deprecated Use ampm.v1.EchoRequest.$Properties instead.
             */

            /**
             * Shape of an EchoRequest.
             * @typedef {ampm.v1.EchoRequest.$Properties} ampm.v1.EchoRequest.$Shape
             */

            /**
             * Constructs a new EchoRequest.
             * @memberof ampm.v1
             * @classdesc Represents an EchoRequest.
             * @constructor
             * @param {ampm.v1.EchoRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EchoRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EchoRequest message.
             * @member {string} message
             * @memberof ampm.v1.EchoRequest
             * @instance
             */
            EchoRequest.prototype.message = "";

            /**
             * EchoRequest delayMs.
             * @member {number} delayMs
             * @memberof ampm.v1.EchoRequest
             * @instance
             */
            EchoRequest.prototype.delayMs = 0;

            /**
             * Creates a new EchoRequest instance using the specified properties.
             * @function create
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {ampm.v1.EchoRequest.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.EchoRequest} EchoRequest instance
             * @type {{
             *   (properties: ampm.v1.EchoRequest.$Shape): ampm.v1.EchoRequest & ampm.v1.EchoRequest.$Shape;
             *   (properties?: ampm.v1.EchoRequest.$Properties): ampm.v1.EchoRequest;
             * }}
             */
            EchoRequest.create = function(properties) {
                return new EchoRequest(properties);
            };

            /**
             * Encodes the specified EchoRequest message. Does not implicitly {@link ampm.v1.EchoRequest.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {ampm.v1.EchoRequest.$Properties} message EchoRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EchoRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && message.delayMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.delayMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EchoRequest message, length delimited. Does not implicitly {@link ampm.v1.EchoRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {ampm.v1.EchoRequest.$Properties} message EchoRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EchoRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EchoRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.EchoRequest & ampm.v1.EchoRequest.$Shape} EchoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EchoRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.EchoRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EchoRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.EchoRequest & ampm.v1.EchoRequest.$Shape} EchoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EchoRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EchoRequest message.
             * @function verify
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EchoRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    if (!$util.isInteger(message.delayMs))
                        return "delayMs: integer expected";
                return null;
            };

            /**
             * Creates an EchoRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.EchoRequest} EchoRequest
             */
            EchoRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.EchoRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.EchoRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.EchoRequest();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.delayMs != null)
                    if ($Number(object.delayMs) !== 0)
                        message.delayMs = object.delayMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EchoRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {ampm.v1.EchoRequest} message EchoRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EchoRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.message = "";
                    object.delayMs = 0;
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    object.delayMs = message.delayMs;
                return object;
            };

            /**
             * Converts this EchoRequest to JSON.
             * @function toJSON
             * @memberof ampm.v1.EchoRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EchoRequest.prototype.toJSON = function() {
                return EchoRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EchoRequest
             * @function getTypeUrl
             * @memberof ampm.v1.EchoRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EchoRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.EchoRequest";
            };

            return EchoRequest;
        })();

        v1.EchoReply = (function() {

            /**
             * Properties of an EchoReply.
             * @typedef {Object} ampm.v1.EchoReply.$Properties
             * @property {string|null} [message] EchoReply message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EchoReply.
             * @memberof ampm.v1
             * @interface IEchoReply
             * @augments ampm.v1.EchoReply.$Properties
             * @deprecated Use ampm.v1.EchoReply.$Properties instead.
             */

            /**
             * Shape of an EchoReply.
             * @typedef {ampm.v1.EchoReply.$Properties} ampm.v1.EchoReply.$Shape
             */

            /**
             * Constructs a new EchoReply.
             * @memberof ampm.v1
             * @classdesc Represents an EchoReply.
             * @constructor
             * @param {ampm.v1.EchoReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EchoReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EchoReply message.
             * @member {string} message
             * @memberof ampm.v1.EchoReply
             * @instance
             */
            EchoReply.prototype.message = "";

            /**
             * Creates a new EchoReply instance using the specified properties.
             * @function create
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {ampm.v1.EchoReply.$Properties=} [properties] Properties to set
             * @returns {ampm.v1.EchoReply} EchoReply instance
             * @type {{
             *   (properties: ampm.v1.EchoReply.$Shape): ampm.v1.EchoReply & ampm.v1.EchoReply.$Shape;
             *   (properties?: ampm.v1.EchoReply.$Properties): ampm.v1.EchoReply;
             * }}
             */
            EchoReply.create = function(properties) {
                return new EchoReply(properties);
            };

            /**
             * Encodes the specified EchoReply message. Does not implicitly {@link ampm.v1.EchoReply.verify|verify} messages.
             * @function encode
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {ampm.v1.EchoReply.$Properties} message EchoReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EchoReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EchoReply message, length delimited. Does not implicitly {@link ampm.v1.EchoReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {ampm.v1.EchoReply.$Properties} message EchoReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EchoReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EchoReply message from the specified reader or buffer.
             * @function decode
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ampm.v1.EchoReply & ampm.v1.EchoReply.$Shape} EchoReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EchoReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ampm.v1.EchoReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EchoReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ampm.v1.EchoReply & ampm.v1.EchoReply.$Shape} EchoReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EchoReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EchoReply message.
             * @function verify
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EchoReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates an EchoReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ampm.v1.EchoReply} EchoReply
             */
            EchoReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ampm.v1.EchoReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ampm.v1.EchoReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ampm.v1.EchoReply();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an EchoReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {ampm.v1.EchoReply} message EchoReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EchoReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.message = "";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this EchoReply to JSON.
             * @function toJSON
             * @memberof ampm.v1.EchoReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EchoReply.prototype.toJSON = function() {
                return EchoReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EchoReply
             * @function getTypeUrl
             * @memberof ampm.v1.EchoReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EchoReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ampm.v1.EchoReply";
            };

            return EchoReply;
        })();

        return v1;
    })();

    return ampm;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @typedef {Object} google.protobuf.Struct.$Properties
             * @property {Object.<string,google.protobuf.Value.$Properties>|null} [fields] Struct fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @augments google.protobuf.Struct.$Properties
             * @deprecated Use google.protobuf.Struct.$Properties instead.
             */

            /**
             * Shape of a Struct.
             * @typedef {{
             *   fields?: Object.<string,google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.Struct.$Shape
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @constructor
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Struct = function (properties) {
                this.fields = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.Value.$Properties>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             * @type {{
             *   (properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
             *   (properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
             * }}
             */
            Struct.create = function(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Struct message, length delimited. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Struct();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value || new $root.google.protobuf.Value();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Struct message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Struct message.
             * @function verify
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Struct.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields")) {
                    if (!$util.isObject(message.fields))
                        return "fields: object expected";
                    let key = $Object.keys(message.fields);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.fields[key[i]], _depth + 1);
                        if (error)
                            return "fields." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Struct} Struct
             */
            Struct.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Struct)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Struct: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Struct();
                if (object.fields) {
                    if (!$util.isObject(object.fields))
                        throw $TypeError(".google.protobuf.Struct.fields: object expected");
                    message.fields = {};
                    for (let keys = $Object.keys(object.fields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.fields, keys[i]);
                        if (!$util.isObject(object.fields[keys[i]]))
                            throw $TypeError(".google.protobuf.Struct.fields: object expected");
                        message.fields[keys[i]] = $root.google.protobuf.Value.fromObject(object.fields[keys[i]], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct} message Struct
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Struct.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.fields = {};
                let keys2;
                if (message.fields && (keys2 = $Object.keys(message.fields)).length) {
                    object.fields = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.fields, keys2[j]);
                        object.fields[keys2[j]] = $root.google.protobuf.Value.toObject(message.fields[keys2[j]], options, _depth + 1);
                    }
                }
                return object;
            };

            /**
             * Converts this Struct to JSON.
             * @function toJSON
             * @memberof google.protobuf.Struct
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Struct.prototype.toJSON = function() {
                return Struct.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Struct
             * @function getTypeUrl
             * @memberof google.protobuf.Struct
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Struct.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Struct";
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @typedef {Object} google.protobuf.Value.$Properties
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.Struct.$Properties|null} [structValue] Value structValue
             * @property {google.protobuf.ListValue.$Properties|null} [listValue] Value listValue
             * @property {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"} [kind] Value kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @augments google.protobuf.Value.$Properties
             * @deprecated Use google.protobuf.Value.$Properties instead.
             */

            /**
             * Narrowed shape of a Value.
             * @typedef {{
             *   nullValue?: google.protobuf.NullValue|null;
             *   numberValue?: number|null;
             *   stringValue?: string|null;
             *   boolValue?: boolean|null;
             *   structValue?: google.protobuf.Struct.$Shape|null;
             *   listValue?: google.protobuf.ListValue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
             * )} google.protobuf.Value.$Shape
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @constructor
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Value nullValue.
             * @member {google.protobuf.NullValue|null|undefined} nullValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.nullValue = null;

            /**
             * Value numberValue.
             * @member {number|null|undefined} numberValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.numberValue = null;

            /**
             * Value stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.stringValue = null;

            /**
             * Value boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.boolValue = null;

            /**
             * Value structValue.
             * @member {google.protobuf.Struct.$Properties|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.ListValue.$Properties|null|undefined} listValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.listValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value kind.
             * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
             * @memberof google.protobuf.Value
             * @instance
             */
            $Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             * @type {{
             *   (properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
             *   (properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
             * }}
             */
            Value.create = function(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nullValue);
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.numberValue);
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stringValue);
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.boolValue);
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue"))
                    $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue"))
                    $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.nullValue = reader.int32();
                            message.kind = "nullValue";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.numberValue = reader.double();
                            message.kind = "numberValue";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stringValue = reader.stringVerify();
                            message.kind = "stringValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.boolValue = reader.bool();
                            message.kind = "boolValue";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.structValue = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.structValue);
                            message.kind = "structValue";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.listValue = $root.google.protobuf.ListValue.decode(reader, reader.size(), $undefined, _depth + 1, message.listValue);
                            message.kind = "listValue";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Value message.
             * @function verify
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    properties.kind = 1;
                    if (typeof message.nullValue !== "number" || (message.nullValue | 0) !== message.nullValue)
                        return "nullValue: enum value expected";
                }
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.numberValue !== "number")
                        return "numberValue: number expected";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isString(message.stringValue))
                        return "stringValue: string expected";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.boolValue !== "boolean")
                        return "boolValue: boolean expected";
                }
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.Struct.verify(message.structValue, _depth + 1);
                        if (error)
                            return "structValue." + error;
                    }
                }
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.ListValue.verify(message.listValue, _depth + 1);
                        if (error)
                            return "listValue." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Value} Value
             */
            Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Value();
                switch (object.nullValue) {
                case "NULL_VALUE":
                case 0:
                    message.nullValue = 0;
                    break;
                default:
                    if (typeof object.nullValue === "number" && (object.nullValue | 0) === object.nullValue)
                        message.nullValue = object.nullValue;
                }
                if (object.numberValue != null)
                    message.numberValue = $Number(object.numberValue);
                if (object.stringValue != null)
                    message.stringValue = $String(object.stringValue);
                if (object.boolValue != null)
                    message.boolValue = $Boolean(object.boolValue);
                if (object.structValue != null) {
                    if (!$util.isObject(object.structValue))
                        throw $TypeError(".google.protobuf.Value.structValue: object expected");
                    message.structValue = $root.google.protobuf.Struct.fromObject(object.structValue, _depth + 1);
                }
                if (object.listValue != null) {
                    if (!$util.isObject(object.listValue))
                        throw $TypeError(".google.protobuf.Value.listValue: object expected");
                    message.listValue = $root.google.protobuf.ListValue.fromObject(object.listValue, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value} message Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    object.nullValue = options.enums === $String ? $root.google.protobuf.NullValue[message.nullValue] === $undefined ? message.nullValue : $root.google.protobuf.NullValue[message.nullValue] : message.nullValue;
                    if (options.oneofs)
                        object.kind = "nullValue";
                }
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
                    object.numberValue = options.json && !$isFinite(message.numberValue) ? $String(message.numberValue) : message.numberValue;
                    if (options.oneofs)
                        object.kind = "numberValue";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    object.stringValue = message.stringValue;
                    if (options.oneofs)
                        object.kind = "stringValue";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    object.boolValue = message.boolValue;
                    if (options.oneofs)
                        object.kind = "boolValue";
                }
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
                    object.structValue = $root.google.protobuf.Struct.toObject(message.structValue, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "structValue";
                }
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
                    object.listValue = $root.google.protobuf.ListValue.toObject(message.listValue, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "listValue";
                }
                return object;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function() {
                return Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Value
             * @function getTypeUrl
             * @memberof google.protobuf.Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Value";
            };

            return Value;
        })();

        /**
         * NullValue enum.
         * @name google.protobuf.NullValue
         * @enum {number}
         * @property {number} NULL_VALUE=0 NULL_VALUE value
         */
        protobuf.NullValue = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @typedef {Object} google.protobuf.ListValue.$Properties
             * @property {Array.<google.protobuf.Value.$Properties>|null} [values] ListValue values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @augments google.protobuf.ListValue.$Properties
             * @deprecated Use google.protobuf.ListValue.$Properties instead.
             */

            /**
             * Shape of a ListValue.
             * @typedef {{
             *   values?: Array.<google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.ListValue.$Shape
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @constructor
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListValue = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.Value.$Properties>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             * @type {{
             *   (properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
             *   (properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
             * }}
             */
            ListValue.create = function(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.google.protobuf.Value.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListValue message, length delimited. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.ListValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListValue message.
             * @function verify
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                    if (!$Array.isArray(message.values))
                        return "values: array expected";
                    for (let i = 0; i < message.values.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.values[i], _depth + 1);
                        if (error)
                            return "values." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.ListValue} ListValue
             */
            ListValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.ListValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.ListValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.ListValue();
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".google.protobuf.ListValue.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i) {
                        if (!$util.isObject(object.values[i]))
                            throw $TypeError(".google.protobuf.ListValue.values: object expected");
                        message.values[i] = $root.google.protobuf.Value.fromObject(object.values[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue} message ListValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (message.values && message.values.length) {
                    object.values = $Array(message.values.length);
                    for (let j = 0; j < message.values.length; ++j)
                        object.values[j] = $root.google.protobuf.Value.toObject(message.values[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.ListValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListValue.prototype.toJSON = function() {
                return ListValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListValue
             * @function getTypeUrl
             * @memberof google.protobuf.ListValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.ListValue";
            };

            return ListValue;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
