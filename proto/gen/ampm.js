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
