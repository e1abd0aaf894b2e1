import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ampm. */
export namespace ampm {

    /** Namespace v1. */
    namespace v1 {

        /** Status enum. */
        enum Status {

            /** OK value */
            OK = 0,

            /** ABORTED value */
            ABORTED = 1,

            /** UNKNOWN_ACTION value */
            UNKNOWN_ACTION = 2,

            /** MISSING_DATA value */
            MISSING_DATA = 3,

            /** INVALID_DATA value */
            INVALID_DATA = 4,

            /** UNKNOWN_ERROR value */
            UNKNOWN_ERROR = 5,

            /** UNAUTHORIZED value */
            UNAUTHORIZED = 6,

            /** EXPIRED value */
            EXPIRED = 7,

            /** BUSY value */
            BUSY = 8,

            /** TIMEOUT value */
            TIMEOUT = 9
        }

        /**
         * Properties of a Request.
         * @deprecated Use ampm.v1.Request.$Properties instead.
         */
        interface IRequest extends ampm.v1.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request protocol. */
            protocol: string;

            /** Request id. */
            id: string;

            /** Request caller. */
            caller: string;

            /** Request agent. */
            agent: string;

            /** Request action. */
            action: string;

            /** Request createdAtMs. */
            createdAtMs: number;

            /** Request ttlMs. */
            ttlMs: number;

            /** Request timeoutMs. */
            timeoutMs: number;

            /** Request filter. */
            filter?: (ampm.v1.Filter.$Properties|null);

            /** Request body. */
            body: Uint8Array;

            /** Request bodyType. */
            bodyType: string;

            /** Request callerPublicKey. */
            callerPublicKey: string;

            /** Request signature. */
            signature: Uint8Array;

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: ampm.v1.Request.$Shape): ampm.v1.Request & ampm.v1.Request.$Shape;
            static create(properties?: ampm.v1.Request.$Properties): ampm.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link ampm.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link ampm.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Request & ampm.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Request & ampm.v1.Request.$Shape;

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Request & ampm.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Request & ampm.v1.Request.$Shape;

            /**
             * Verifies a Request message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Request
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param message Request
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request protocol */
                protocol?: (string|null);

                /** Request id */
                id?: (string|null);

                /** Request caller */
                caller?: (string|null);

                /** Request agent */
                agent?: (string|null);

                /** Request action */
                action?: (string|null);

                /** Request createdAtMs */
                createdAtMs?: (number|null);

                /** Request ttlMs */
                ttlMs?: (number|null);

                /** Request timeoutMs */
                timeoutMs?: (number|null);

                /** Request filter */
                filter?: (ampm.v1.Filter.$Properties|null);

                /** Request body */
                body?: (Uint8Array|null);

                /** Request bodyType */
                bodyType?: (string|null);

                /** Request callerPublicKey */
                callerPublicKey?: (string|null);

                /** Request signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = ampm.v1.Request.$Properties;
        }

        /**
         * Properties of a Reply.
         * @deprecated Use ampm.v1.Reply.$Properties instead.
         */
        interface IReply extends ampm.v1.Reply.$Properties {
        }

        /** Represents a Reply. */
        class Reply {

            /**
             * Constructs a new Reply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Reply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reply protocol. */
            protocol: string;

            /** Reply requestId. */
            requestId: string;

            /** Reply sender. */
            sender: string;

            /** Reply statuscode. */
            statuscode: ampm.v1.Status;

            /** Reply statusmsg. */
            statusmsg: string;

            /** Reply body. */
            body: Uint8Array;

            /** Reply bodyType. */
            bodyType: string;

            /** Reply timing. */
            timing?: (ampm.v1.Timing.$Properties|null);

            /**
             * Creates a new Reply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reply instance
             */
            static create(properties: ampm.v1.Reply.$Shape): ampm.v1.Reply & ampm.v1.Reply.$Shape;
            static create(properties?: ampm.v1.Reply.$Properties): ampm.v1.Reply;

            /**
             * Encodes the specified Reply message. Does not implicitly {@link ampm.v1.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link ampm.v1.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Reply & ampm.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Reply & ampm.v1.Reply.$Shape;

            /**
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Reply & ampm.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Reply & ampm.v1.Reply.$Shape;

            /**
             * Verifies a Reply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Reply;

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @param message Reply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Reply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reply {

            /** Properties of a Reply. */
            interface $Properties {

                /** Reply protocol */
                protocol?: (string|null);

                /** Reply requestId */
                requestId?: (string|null);

                /** Reply sender */
                sender?: (string|null);

                /** Reply statuscode */
                statuscode?: (ampm.v1.Status|null);

                /** Reply statusmsg */
                statusmsg?: (string|null);

                /** Reply body */
                body?: (Uint8Array|null);

                /** Reply bodyType */
                bodyType?: (string|null);

                /** Reply timing */
                timing?: (ampm.v1.Timing.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reply. */
            type $Shape = ampm.v1.Reply.$Properties;
        }

        /**
         * Properties of a Timing.
         * @deprecated Use ampm.v1.Timing.$Properties instead.
         */
        interface ITiming extends ampm.v1.Timing.$Properties {
        }

        /** Represents a Timing. */
        class Timing {

            /**
             * Constructs a new Timing.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Timing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timing receivedAtMs. */
            receivedAtMs: number;

            /** Timing actionMs. */
            actionMs: number;

            /**
             * Creates a new Timing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timing instance
             */
            static create(properties: ampm.v1.Timing.$Shape): ampm.v1.Timing & ampm.v1.Timing.$Shape;
            static create(properties?: ampm.v1.Timing.$Properties): ampm.v1.Timing;

            /**
             * Encodes the specified Timing message. Does not implicitly {@link ampm.v1.Timing.verify|verify} messages.
             * @param message Timing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Timing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timing message, length delimited. Does not implicitly {@link ampm.v1.Timing.verify|verify} messages.
             * @param message Timing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Timing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Timing & ampm.v1.Timing.$Shape} Timing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Timing & ampm.v1.Timing.$Shape;

            /**
             * Decodes a Timing message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Timing & ampm.v1.Timing.$Shape} Timing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Timing & ampm.v1.Timing.$Shape;

            /**
             * Verifies a Timing message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timing
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Timing;

            /**
             * Creates a plain object from a Timing message. Also converts values to other types if specified.
             * @param message Timing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Timing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timing
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timing {

            /** Properties of a Timing. */
            interface $Properties {

                /** Timing receivedAtMs */
                receivedAtMs?: (number|null);

                /** Timing actionMs */
                actionMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timing. */
            type $Shape = ampm.v1.Timing.$Properties;
        }

        /**
         * Properties of a Filter.
         * @deprecated Use ampm.v1.Filter.$Properties instead.
         */
        interface IFilter extends ampm.v1.Filter.$Properties {
        }

        /** Represents a Filter. */
        class Filter {

            /**
             * Constructs a new Filter.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Filter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Filter identity. */
            identity: string[];

            /** Filter facts. */
            facts: ampm.v1.FactFilter.$Properties[];

            /** Filter tags. */
            tags: string[];

            /** Filter agents. */
            agents: string[];

            /** Filter where. */
            where: string;

            /**
             * Creates a new Filter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Filter instance
             */
            static create(properties: ampm.v1.Filter.$Shape): ampm.v1.Filter & ampm.v1.Filter.$Shape;
            static create(properties?: ampm.v1.Filter.$Properties): ampm.v1.Filter;

            /**
             * Encodes the specified Filter message. Does not implicitly {@link ampm.v1.Filter.verify|verify} messages.
             * @param message Filter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Filter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Filter message, length delimited. Does not implicitly {@link ampm.v1.Filter.verify|verify} messages.
             * @param message Filter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Filter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Filter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Filter & ampm.v1.Filter.$Shape} Filter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Filter & ampm.v1.Filter.$Shape;

            /**
             * Decodes a Filter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Filter & ampm.v1.Filter.$Shape} Filter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Filter & ampm.v1.Filter.$Shape;

            /**
             * Verifies a Filter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Filter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Filter
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Filter;

            /**
             * Creates a plain object from a Filter message. Also converts values to other types if specified.
             * @param message Filter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Filter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Filter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Filter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Filter {

            /** Properties of a Filter. */
            interface $Properties {

                /** Filter identity */
                identity?: (string[]|null);

                /** Filter facts */
                facts?: (ampm.v1.FactFilter.$Properties[]|null);

                /** Filter tags */
                tags?: (string[]|null);

                /** Filter agents */
                agents?: (string[]|null);

                /** Filter where */
                where?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Filter. */
            type $Shape = ampm.v1.Filter.$Properties;
        }

        /**
         * Properties of a FactFilter.
         * @deprecated Use ampm.v1.FactFilter.$Properties instead.
         */
        interface IFactFilter extends ampm.v1.FactFilter.$Properties {
        }

        /** Represents a FactFilter. */
        class FactFilter {

            /**
             * Constructs a new FactFilter.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.FactFilter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FactFilter fact. */
            fact: string;

            /** FactFilter op. */
            op: string;

            /** FactFilter value. */
            value: string;

            /**
             * Creates a new FactFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FactFilter instance
             */
            static create(properties: ampm.v1.FactFilter.$Shape): ampm.v1.FactFilter & ampm.v1.FactFilter.$Shape;
            static create(properties?: ampm.v1.FactFilter.$Properties): ampm.v1.FactFilter;

            /**
             * Encodes the specified FactFilter message. Does not implicitly {@link ampm.v1.FactFilter.verify|verify} messages.
             * @param message FactFilter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.FactFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FactFilter message, length delimited. Does not implicitly {@link ampm.v1.FactFilter.verify|verify} messages.
             * @param message FactFilter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.FactFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FactFilter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.FactFilter & ampm.v1.FactFilter.$Shape} FactFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.FactFilter & ampm.v1.FactFilter.$Shape;

            /**
             * Decodes a FactFilter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.FactFilter & ampm.v1.FactFilter.$Shape} FactFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.FactFilter & ampm.v1.FactFilter.$Shape;

            /**
             * Verifies a FactFilter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FactFilter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FactFilter
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.FactFilter;

            /**
             * Creates a plain object from a FactFilter message. Also converts values to other types if specified.
             * @param message FactFilter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.FactFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FactFilter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FactFilter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FactFilter {

            /** Properties of a FactFilter. */
            interface $Properties {

                /** FactFilter fact */
                fact?: (string|null);

                /** FactFilter op */
                op?: (string|null);

                /** FactFilter value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FactFilter. */
            type $Shape = ampm.v1.FactFilter.$Properties;
        }

        /**
         * Properties of a PingRequest.
         * @deprecated Use ampm.v1.PingRequest.$Properties instead.
         */
        interface IPingRequest extends ampm.v1.PingRequest.$Properties {
        }

        /** Represents a PingRequest. */
        class PingRequest {

            /**
             * Constructs a new PingRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.PingRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingRequest instance
             */
            static create(properties: ampm.v1.PingRequest.$Shape): ampm.v1.PingRequest & ampm.v1.PingRequest.$Shape;
            static create(properties?: ampm.v1.PingRequest.$Properties): ampm.v1.PingRequest;

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link ampm.v1.PingRequest.verify|verify} messages.
             * @param message PingRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.PingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PingRequest message, length delimited. Does not implicitly {@link ampm.v1.PingRequest.verify|verify} messages.
             * @param message PingRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.PingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.PingRequest & ampm.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.PingRequest & ampm.v1.PingRequest.$Shape;

            /**
             * Decodes a PingRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.PingRequest & ampm.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.PingRequest & ampm.v1.PingRequest.$Shape;

            /**
             * Verifies a PingRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.PingRequest;

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @param message PingRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.PingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingRequest {

            /** Properties of a PingRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingRequest. */
            type $Shape = ampm.v1.PingRequest.$Properties;
        }

        /**
         * Properties of a PingReply.
         * @deprecated Use ampm.v1.PingReply.$Properties instead.
         */
        interface IPingReply extends ampm.v1.PingReply.$Properties {
        }

        /** Represents a PingReply. */
        class PingReply {

            /**
             * Constructs a new PingReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.PingReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PingReply timeMs. */
            timeMs: number;

            /**
             * Creates a new PingReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingReply instance
             */
            static create(properties: ampm.v1.PingReply.$Shape): ampm.v1.PingReply & ampm.v1.PingReply.$Shape;
            static create(properties?: ampm.v1.PingReply.$Properties): ampm.v1.PingReply;

            /**
             * Encodes the specified PingReply message. Does not implicitly {@link ampm.v1.PingReply.verify|verify} messages.
             * @param message PingReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.PingReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PingReply message, length delimited. Does not implicitly {@link ampm.v1.PingReply.verify|verify} messages.
             * @param message PingReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.PingReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.PingReply & ampm.v1.PingReply.$Shape} PingReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.PingReply & ampm.v1.PingReply.$Shape;

            /**
             * Decodes a PingReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.PingReply & ampm.v1.PingReply.$Shape} PingReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.PingReply & ampm.v1.PingReply.$Shape;

            /**
             * Verifies a PingReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PingReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.PingReply;

            /**
             * Creates a plain object from a PingReply message. Also converts values to other types if specified.
             * @param message PingReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.PingReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingReply {

            /** Properties of a PingReply. */
            interface $Properties {

                /** PingReply timeMs */
                timeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingReply. */
            type $Shape = ampm.v1.PingReply.$Properties;
        }

        /**
         * Properties of a FactsRequest.
         * @deprecated Use ampm.v1.FactsRequest.$Properties instead.
         */
        interface IFactsRequest extends ampm.v1.FactsRequest.$Properties {
        }

        /** Represents a FactsRequest. */
        class FactsRequest {

            /**
             * Constructs a new FactsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.FactsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FactsRequest keys. */
            keys: string[];

            /**
             * Creates a new FactsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FactsRequest instance
             */
            static create(properties: ampm.v1.FactsRequest.$Shape): ampm.v1.FactsRequest & ampm.v1.FactsRequest.$Shape;
            static create(properties?: ampm.v1.FactsRequest.$Properties): ampm.v1.FactsRequest;

            /**
             * Encodes the specified FactsRequest message. Does not implicitly {@link ampm.v1.FactsRequest.verify|verify} messages.
             * @param message FactsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.FactsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FactsRequest message, length delimited. Does not implicitly {@link ampm.v1.FactsRequest.verify|verify} messages.
             * @param message FactsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.FactsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FactsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.FactsRequest & ampm.v1.FactsRequest.$Shape} FactsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.FactsRequest & ampm.v1.FactsRequest.$Shape;

            /**
             * Decodes a FactsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.FactsRequest & ampm.v1.FactsRequest.$Shape} FactsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.FactsRequest & ampm.v1.FactsRequest.$Shape;

            /**
             * Verifies a FactsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FactsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FactsRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.FactsRequest;

            /**
             * Creates a plain object from a FactsRequest message. Also converts values to other types if specified.
             * @param message FactsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.FactsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FactsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FactsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FactsRequest {

            /** Properties of a FactsRequest. */
            interface $Properties {

                /** FactsRequest keys */
                keys?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FactsRequest. */
            type $Shape = ampm.v1.FactsRequest.$Properties;
        }

        /**
         * Properties of a FactsReply.
         * @deprecated Use ampm.v1.FactsReply.$Properties instead.
         */
        interface IFactsReply extends ampm.v1.FactsReply.$Properties {
        }

        /** Represents a FactsReply. */
        class FactsReply {

            /**
             * Constructs a new FactsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.FactsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FactsReply facts. */
            facts?: (google.protobuf.Struct.$Properties|null);

            /** FactsReply tags. */
            tags: string[];

            /**
             * Creates a new FactsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FactsReply instance
             */
            static create(properties: ampm.v1.FactsReply.$Shape): ampm.v1.FactsReply & ampm.v1.FactsReply.$Shape;
            static create(properties?: ampm.v1.FactsReply.$Properties): ampm.v1.FactsReply;

            /**
             * Encodes the specified FactsReply message. Does not implicitly {@link ampm.v1.FactsReply.verify|verify} messages.
             * @param message FactsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.FactsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FactsReply message, length delimited. Does not implicitly {@link ampm.v1.FactsReply.verify|verify} messages.
             * @param message FactsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.FactsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FactsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.FactsReply & ampm.v1.FactsReply.$Shape} FactsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.FactsReply & ampm.v1.FactsReply.$Shape;

            /**
             * Decodes a FactsReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.FactsReply & ampm.v1.FactsReply.$Shape} FactsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.FactsReply & ampm.v1.FactsReply.$Shape;

            /**
             * Verifies a FactsReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FactsReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FactsReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.FactsReply;

            /**
             * Creates a plain object from a FactsReply message. Also converts values to other types if specified.
             * @param message FactsReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.FactsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FactsReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FactsReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FactsReply {

            /** Properties of a FactsReply. */
            interface $Properties {

                /** FactsReply facts */
                facts?: (google.protobuf.Struct.$Properties|null);

                /** FactsReply tags */
                tags?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FactsReply. */
            type $Shape = {
              facts?: google.protobuf.Struct.$Shape|null;
              tags?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an InventoryRequest.
         * @deprecated Use ampm.v1.InventoryRequest.$Properties instead.
         */
        interface IInventoryRequest extends ampm.v1.InventoryRequest.$Properties {
        }

        /** Represents an InventoryRequest. */
        class InventoryRequest {

            /**
             * Constructs a new InventoryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.InventoryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new InventoryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InventoryRequest instance
             */
            static create(properties: ampm.v1.InventoryRequest.$Shape): ampm.v1.InventoryRequest & ampm.v1.InventoryRequest.$Shape;
            static create(properties?: ampm.v1.InventoryRequest.$Properties): ampm.v1.InventoryRequest;

            /**
             * Encodes the specified InventoryRequest message. Does not implicitly {@link ampm.v1.InventoryRequest.verify|verify} messages.
             * @param message InventoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.InventoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InventoryRequest message, length delimited. Does not implicitly {@link ampm.v1.InventoryRequest.verify|verify} messages.
             * @param message InventoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.InventoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InventoryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.InventoryRequest & ampm.v1.InventoryRequest.$Shape} InventoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.InventoryRequest & ampm.v1.InventoryRequest.$Shape;

            /**
             * Decodes an InventoryRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.InventoryRequest & ampm.v1.InventoryRequest.$Shape} InventoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.InventoryRequest & ampm.v1.InventoryRequest.$Shape;

            /**
             * Verifies an InventoryRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InventoryRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InventoryRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.InventoryRequest;

            /**
             * Creates a plain object from an InventoryRequest message. Also converts values to other types if specified.
             * @param message InventoryRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.InventoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InventoryRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InventoryRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InventoryRequest {

            /** Properties of an InventoryRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InventoryRequest. */
            type $Shape = ampm.v1.InventoryRequest.$Properties;
        }

        /**
         * Properties of an InventoryReply.
         * @deprecated Use ampm.v1.InventoryReply.$Properties instead.
         */
        interface IInventoryReply extends ampm.v1.InventoryReply.$Properties {
        }

        /** Represents an InventoryReply. */
        class InventoryReply {

            /**
             * Constructs a new InventoryReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.InventoryReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InventoryReply version. */
            version: string;

            /** InventoryReply startedAtMs. */
            startedAtMs: number;

            /** InventoryReply tags. */
            tags: string[];

            /** InventoryReply agents. */
            agents: ampm.v1.AgentInfo.$Properties[];

            /** InventoryReply plugins. */
            plugins: ampm.v1.AgentInfo.$Properties[];

            /** InventoryReply pluginProblems. */
            pluginProblems: string[];

            /**
             * Creates a new InventoryReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InventoryReply instance
             */
            static create(properties: ampm.v1.InventoryReply.$Shape): ampm.v1.InventoryReply & ampm.v1.InventoryReply.$Shape;
            static create(properties?: ampm.v1.InventoryReply.$Properties): ampm.v1.InventoryReply;

            /**
             * Encodes the specified InventoryReply message. Does not implicitly {@link ampm.v1.InventoryReply.verify|verify} messages.
             * @param message InventoryReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.InventoryReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InventoryReply message, length delimited. Does not implicitly {@link ampm.v1.InventoryReply.verify|verify} messages.
             * @param message InventoryReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.InventoryReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InventoryReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.InventoryReply & ampm.v1.InventoryReply.$Shape} InventoryReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.InventoryReply & ampm.v1.InventoryReply.$Shape;

            /**
             * Decodes an InventoryReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.InventoryReply & ampm.v1.InventoryReply.$Shape} InventoryReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.InventoryReply & ampm.v1.InventoryReply.$Shape;

            /**
             * Verifies an InventoryReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InventoryReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InventoryReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.InventoryReply;

            /**
             * Creates a plain object from an InventoryReply message. Also converts values to other types if specified.
             * @param message InventoryReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.InventoryReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InventoryReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InventoryReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InventoryReply {

            /** Properties of an InventoryReply. */
            interface $Properties {

                /** InventoryReply version */
                version?: (string|null);

                /** InventoryReply startedAtMs */
                startedAtMs?: (number|null);

                /** InventoryReply tags */
                tags?: (string[]|null);

                /** InventoryReply agents */
                agents?: (ampm.v1.AgentInfo.$Properties[]|null);

                /** InventoryReply plugins */
                plugins?: (ampm.v1.AgentInfo.$Properties[]|null);

                /** InventoryReply pluginProblems */
                pluginProblems?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InventoryReply. */
            type $Shape = ampm.v1.InventoryReply.$Properties;
        }

        /**
         * Properties of an AgentInfo.
         * @deprecated Use ampm.v1.AgentInfo.$Properties instead.
         */
        interface IAgentInfo extends ampm.v1.AgentInfo.$Properties {
        }

        /** Represents an AgentInfo. */
        class AgentInfo {

            /**
             * Constructs a new AgentInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.AgentInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentInfo name. */
            name: string;

            /** AgentInfo description. */
            description: string;

            /** AgentInfo version. */
            version: string;

            /** AgentInfo kind. */
            kind: string;

            /** AgentInfo active. */
            active: boolean;

            /** AgentInfo inactiveReason. */
            inactiveReason: string;

            /** AgentInfo actions. */
            actions: ampm.v1.ActionInfo.$Properties[];

            /**
             * Creates a new AgentInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentInfo instance
             */
            static create(properties: ampm.v1.AgentInfo.$Shape): ampm.v1.AgentInfo & ampm.v1.AgentInfo.$Shape;
            static create(properties?: ampm.v1.AgentInfo.$Properties): ampm.v1.AgentInfo;

            /**
             * Encodes the specified AgentInfo message. Does not implicitly {@link ampm.v1.AgentInfo.verify|verify} messages.
             * @param message AgentInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.AgentInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentInfo message, length delimited. Does not implicitly {@link ampm.v1.AgentInfo.verify|verify} messages.
             * @param message AgentInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.AgentInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.AgentInfo & ampm.v1.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.AgentInfo & ampm.v1.AgentInfo.$Shape;

            /**
             * Decodes an AgentInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.AgentInfo & ampm.v1.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.AgentInfo & ampm.v1.AgentInfo.$Shape;

            /**
             * Verifies an AgentInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentInfo
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.AgentInfo;

            /**
             * Creates a plain object from an AgentInfo message. Also converts values to other types if specified.
             * @param message AgentInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.AgentInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentInfo {

            /** Properties of an AgentInfo. */
            interface $Properties {

                /** AgentInfo name */
                name?: (string|null);

                /** AgentInfo description */
                description?: (string|null);

                /** AgentInfo version */
                version?: (string|null);

                /** AgentInfo kind */
                kind?: (string|null);

                /** AgentInfo active */
                active?: (boolean|null);

                /** AgentInfo inactiveReason */
                inactiveReason?: (string|null);

                /** AgentInfo actions */
                actions?: (ampm.v1.ActionInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentInfo. */
            type $Shape = ampm.v1.AgentInfo.$Properties;
        }

        /**
         * Properties of an ActionInfo.
         * @deprecated Use ampm.v1.ActionInfo.$Properties instead.
         */
        interface IActionInfo extends ampm.v1.ActionInfo.$Properties {
        }

        /** Represents an ActionInfo. */
        class ActionInfo {

            /**
             * Constructs a new ActionInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.ActionInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ActionInfo name. */
            name: string;

            /** ActionInfo description. */
            description: string;

            /** ActionInfo inputType. */
            inputType: string;

            /** ActionInfo outputType. */
            outputType: string;

            /** ActionInfo inputSchemaJson. */
            inputSchemaJson: string;

            /** ActionInfo outputSchemaJson. */
            outputSchemaJson: string;

            /** ActionInfo timeoutMs. */
            timeoutMs: number;

            /**
             * Creates a new ActionInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ActionInfo instance
             */
            static create(properties: ampm.v1.ActionInfo.$Shape): ampm.v1.ActionInfo & ampm.v1.ActionInfo.$Shape;
            static create(properties?: ampm.v1.ActionInfo.$Properties): ampm.v1.ActionInfo;

            /**
             * Encodes the specified ActionInfo message. Does not implicitly {@link ampm.v1.ActionInfo.verify|verify} messages.
             * @param message ActionInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.ActionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ActionInfo message, length delimited. Does not implicitly {@link ampm.v1.ActionInfo.verify|verify} messages.
             * @param message ActionInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.ActionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ActionInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.ActionInfo & ampm.v1.ActionInfo.$Shape} ActionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.ActionInfo & ampm.v1.ActionInfo.$Shape;

            /**
             * Decodes an ActionInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.ActionInfo & ampm.v1.ActionInfo.$Shape} ActionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.ActionInfo & ampm.v1.ActionInfo.$Shape;

            /**
             * Verifies an ActionInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ActionInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ActionInfo
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.ActionInfo;

            /**
             * Creates a plain object from an ActionInfo message. Also converts values to other types if specified.
             * @param message ActionInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.ActionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ActionInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ActionInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ActionInfo {

            /** Properties of an ActionInfo. */
            interface $Properties {

                /** ActionInfo name */
                name?: (string|null);

                /** ActionInfo description */
                description?: (string|null);

                /** ActionInfo inputType */
                inputType?: (string|null);

                /** ActionInfo outputType */
                outputType?: (string|null);

                /** ActionInfo inputSchemaJson */
                inputSchemaJson?: (string|null);

                /** ActionInfo outputSchemaJson */
                outputSchemaJson?: (string|null);

                /** ActionInfo timeoutMs */
                timeoutMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ActionInfo. */
            type $Shape = ampm.v1.ActionInfo.$Properties;
        }

        /**
         * Properties of a DaemonStatsRequest.
         * @deprecated Use ampm.v1.DaemonStatsRequest.$Properties instead.
         */
        interface IDaemonStatsRequest extends ampm.v1.DaemonStatsRequest.$Properties {
        }

        /** Represents a DaemonStatsRequest. */
        class DaemonStatsRequest {

            /**
             * Constructs a new DaemonStatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.DaemonStatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new DaemonStatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DaemonStatsRequest instance
             */
            static create(properties: ampm.v1.DaemonStatsRequest.$Shape): ampm.v1.DaemonStatsRequest & ampm.v1.DaemonStatsRequest.$Shape;
            static create(properties?: ampm.v1.DaemonStatsRequest.$Properties): ampm.v1.DaemonStatsRequest;

            /**
             * Encodes the specified DaemonStatsRequest message. Does not implicitly {@link ampm.v1.DaemonStatsRequest.verify|verify} messages.
             * @param message DaemonStatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.DaemonStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DaemonStatsRequest message, length delimited. Does not implicitly {@link ampm.v1.DaemonStatsRequest.verify|verify} messages.
             * @param message DaemonStatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.DaemonStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DaemonStatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.DaemonStatsRequest & ampm.v1.DaemonStatsRequest.$Shape} DaemonStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.DaemonStatsRequest & ampm.v1.DaemonStatsRequest.$Shape;

            /**
             * Decodes a DaemonStatsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.DaemonStatsRequest & ampm.v1.DaemonStatsRequest.$Shape} DaemonStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.DaemonStatsRequest & ampm.v1.DaemonStatsRequest.$Shape;

            /**
             * Verifies a DaemonStatsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DaemonStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DaemonStatsRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.DaemonStatsRequest;

            /**
             * Creates a plain object from a DaemonStatsRequest message. Also converts values to other types if specified.
             * @param message DaemonStatsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.DaemonStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DaemonStatsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DaemonStatsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DaemonStatsRequest {

            /** Properties of a DaemonStatsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DaemonStatsRequest. */
            type $Shape = ampm.v1.DaemonStatsRequest.$Properties;
        }

        /**
         * Properties of a DaemonStatsReply.
         * @deprecated Use ampm.v1.DaemonStatsReply.$Properties instead.
         */
        interface IDaemonStatsReply extends ampm.v1.DaemonStatsReply.$Properties {
        }

        /** Represents a DaemonStatsReply. */
        class DaemonStatsReply {

            /**
             * Constructs a new DaemonStatsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.DaemonStatsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DaemonStatsReply startedAtMs. */
            startedAtMs: number;

            /** DaemonStatsReply received. */
            received: number;

            /** DaemonStatsReply malformed. */
            malformed: number;

            /** DaemonStatsReply filtered. */
            filtered: number;

            /** DaemonStatsReply duplicates. */
            duplicates: number;

            /** DaemonStatsReply expired. */
            expired: number;

            /** DaemonStatsReply busy. */
            busy: number;

            /** DaemonStatsReply replies. */
            replies: number;

            /** DaemonStatsReply actions. */
            actions: { [k: string]: number };

            /** DaemonStatsReply statuses. */
            statuses: { [k: string]: number };

            /**
             * Creates a new DaemonStatsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DaemonStatsReply instance
             */
            static create(properties: ampm.v1.DaemonStatsReply.$Shape): ampm.v1.DaemonStatsReply & ampm.v1.DaemonStatsReply.$Shape;
            static create(properties?: ampm.v1.DaemonStatsReply.$Properties): ampm.v1.DaemonStatsReply;

            /**
             * Encodes the specified DaemonStatsReply message. Does not implicitly {@link ampm.v1.DaemonStatsReply.verify|verify} messages.
             * @param message DaemonStatsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.DaemonStatsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DaemonStatsReply message, length delimited. Does not implicitly {@link ampm.v1.DaemonStatsReply.verify|verify} messages.
             * @param message DaemonStatsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.DaemonStatsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DaemonStatsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.DaemonStatsReply & ampm.v1.DaemonStatsReply.$Shape} DaemonStatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.DaemonStatsReply & ampm.v1.DaemonStatsReply.$Shape;

            /**
             * Decodes a DaemonStatsReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.DaemonStatsReply & ampm.v1.DaemonStatsReply.$Shape} DaemonStatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.DaemonStatsReply & ampm.v1.DaemonStatsReply.$Shape;

            /**
             * Verifies a DaemonStatsReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DaemonStatsReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DaemonStatsReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.DaemonStatsReply;

            /**
             * Creates a plain object from a DaemonStatsReply message. Also converts values to other types if specified.
             * @param message DaemonStatsReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.DaemonStatsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DaemonStatsReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DaemonStatsReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DaemonStatsReply {

            /** Properties of a DaemonStatsReply. */
            interface $Properties {

                /** DaemonStatsReply startedAtMs */
                startedAtMs?: (number|null);

                /** DaemonStatsReply received */
                received?: (number|null);

                /** DaemonStatsReply malformed */
                malformed?: (number|null);

                /** DaemonStatsReply filtered */
                filtered?: (number|null);

                /** DaemonStatsReply duplicates */
                duplicates?: (number|null);

                /** DaemonStatsReply expired */
                expired?: (number|null);

                /** DaemonStatsReply busy */
                busy?: (number|null);

                /** DaemonStatsReply replies */
                replies?: (number|null);

                /** DaemonStatsReply actions */
                actions?: ({ [k: string]: number }|null);

                /** DaemonStatsReply statuses */
                statuses?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DaemonStatsReply. */
            type $Shape = ampm.v1.DaemonStatsReply.$Properties;
        }

        /**
         * Properties of a ReloadRequest.
         * @deprecated Use ampm.v1.ReloadRequest.$Properties instead.
         */
        interface IReloadRequest extends ampm.v1.ReloadRequest.$Properties {
        }

        /** Represents a ReloadRequest. */
        class ReloadRequest {

            /**
             * Constructs a new ReloadRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.ReloadRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReloadRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReloadRequest instance
             */
            static create(properties: ampm.v1.ReloadRequest.$Shape): ampm.v1.ReloadRequest & ampm.v1.ReloadRequest.$Shape;
            static create(properties?: ampm.v1.ReloadRequest.$Properties): ampm.v1.ReloadRequest;

            /**
             * Encodes the specified ReloadRequest message. Does not implicitly {@link ampm.v1.ReloadRequest.verify|verify} messages.
             * @param message ReloadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.ReloadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReloadRequest message, length delimited. Does not implicitly {@link ampm.v1.ReloadRequest.verify|verify} messages.
             * @param message ReloadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.ReloadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReloadRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.ReloadRequest & ampm.v1.ReloadRequest.$Shape} ReloadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.ReloadRequest & ampm.v1.ReloadRequest.$Shape;

            /**
             * Decodes a ReloadRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.ReloadRequest & ampm.v1.ReloadRequest.$Shape} ReloadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.ReloadRequest & ampm.v1.ReloadRequest.$Shape;

            /**
             * Verifies a ReloadRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReloadRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReloadRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.ReloadRequest;

            /**
             * Creates a plain object from a ReloadRequest message. Also converts values to other types if specified.
             * @param message ReloadRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.ReloadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReloadRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReloadRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReloadRequest {

            /** Properties of a ReloadRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReloadRequest. */
            type $Shape = ampm.v1.ReloadRequest.$Properties;
        }

        /**
         * Properties of a ReloadReply.
         * @deprecated Use ampm.v1.ReloadReply.$Properties instead.
         */
        interface IReloadReply extends ampm.v1.ReloadReply.$Properties {
        }

        /** Represents a ReloadReply. */
        class ReloadReply {

            /**
             * Constructs a new ReloadReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.ReloadReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReloadReply plugins. */
            plugins: ampm.v1.AgentInfo.$Properties[];

            /** ReloadReply pluginProblems. */
            pluginProblems: string[];

            /**
             * Creates a new ReloadReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReloadReply instance
             */
            static create(properties: ampm.v1.ReloadReply.$Shape): ampm.v1.ReloadReply & ampm.v1.ReloadReply.$Shape;
            static create(properties?: ampm.v1.ReloadReply.$Properties): ampm.v1.ReloadReply;

            /**
             * Encodes the specified ReloadReply message. Does not implicitly {@link ampm.v1.ReloadReply.verify|verify} messages.
             * @param message ReloadReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.ReloadReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReloadReply message, length delimited. Does not implicitly {@link ampm.v1.ReloadReply.verify|verify} messages.
             * @param message ReloadReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.ReloadReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReloadReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.ReloadReply & ampm.v1.ReloadReply.$Shape} ReloadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.ReloadReply & ampm.v1.ReloadReply.$Shape;

            /**
             * Decodes a ReloadReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.ReloadReply & ampm.v1.ReloadReply.$Shape} ReloadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.ReloadReply & ampm.v1.ReloadReply.$Shape;

            /**
             * Verifies a ReloadReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReloadReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReloadReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.ReloadReply;

            /**
             * Creates a plain object from a ReloadReply message. Also converts values to other types if specified.
             * @param message ReloadReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.ReloadReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReloadReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReloadReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReloadReply {

            /** Properties of a ReloadReply. */
            interface $Properties {

                /** ReloadReply plugins */
                plugins?: (ampm.v1.AgentInfo.$Properties[]|null);

                /** ReloadReply pluginProblems */
                pluginProblems?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReloadReply. */
            type $Shape = ampm.v1.ReloadReply.$Properties;
        }

        /**
         * Properties of an EchoRequest.
         * @deprecated Use ampm.v1.EchoRequest.$Properties instead.
         */
        interface IEchoRequest extends ampm.v1.EchoRequest.$Properties {
        }

        /** Represents an EchoRequest. */
        class EchoRequest {

            /**
             * Constructs a new EchoRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.EchoRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EchoRequest message. */
            message: string;

            /** EchoRequest delayMs. */
            delayMs: number;

            /**
             * Creates a new EchoRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EchoRequest instance
             */
            static create(properties: ampm.v1.EchoRequest.$Shape): ampm.v1.EchoRequest & ampm.v1.EchoRequest.$Shape;
            static create(properties?: ampm.v1.EchoRequest.$Properties): ampm.v1.EchoRequest;

            /**
             * Encodes the specified EchoRequest message. Does not implicitly {@link ampm.v1.EchoRequest.verify|verify} messages.
             * @param message EchoRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.EchoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EchoRequest message, length delimited. Does not implicitly {@link ampm.v1.EchoRequest.verify|verify} messages.
             * @param message EchoRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.EchoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EchoRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.EchoRequest & ampm.v1.EchoRequest.$Shape} EchoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.EchoRequest & ampm.v1.EchoRequest.$Shape;

            /**
             * Decodes an EchoRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.EchoRequest & ampm.v1.EchoRequest.$Shape} EchoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.EchoRequest & ampm.v1.EchoRequest.$Shape;

            /**
             * Verifies an EchoRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EchoRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EchoRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.EchoRequest;

            /**
             * Creates a plain object from an EchoRequest message. Also converts values to other types if specified.
             * @param message EchoRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.EchoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EchoRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EchoRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EchoRequest {

            /** Properties of an EchoRequest. */
            interface $Properties {

                /** EchoRequest message */
                message?: (string|null);

                /** EchoRequest delayMs */
                delayMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EchoRequest. */
            type $Shape = ampm.v1.EchoRequest.$Properties;
        }

        /**
         * Properties of an EchoReply.
         * @deprecated Use ampm.v1.EchoReply.$Properties instead.
         */
        interface IEchoReply extends ampm.v1.EchoReply.$Properties {
        }

        /** Represents an EchoReply. */
        class EchoReply {

            /**
             * Constructs a new EchoReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.EchoReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EchoReply message. */
            message: string;

            /**
             * Creates a new EchoReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EchoReply instance
             */
            static create(properties: ampm.v1.EchoReply.$Shape): ampm.v1.EchoReply & ampm.v1.EchoReply.$Shape;
            static create(properties?: ampm.v1.EchoReply.$Properties): ampm.v1.EchoReply;

            /**
             * Encodes the specified EchoReply message. Does not implicitly {@link ampm.v1.EchoReply.verify|verify} messages.
             * @param message EchoReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.EchoReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EchoReply message, length delimited. Does not implicitly {@link ampm.v1.EchoReply.verify|verify} messages.
             * @param message EchoReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.EchoReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EchoReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.EchoReply & ampm.v1.EchoReply.$Shape} EchoReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.EchoReply & ampm.v1.EchoReply.$Shape;

            /**
             * Decodes an EchoReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.EchoReply & ampm.v1.EchoReply.$Shape} EchoReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.EchoReply & ampm.v1.EchoReply.$Shape;

            /**
             * Verifies an EchoReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EchoReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EchoReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.EchoReply;

            /**
             * Creates a plain object from an EchoReply message. Also converts values to other types if specified.
             * @param message EchoReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.EchoReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EchoReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EchoReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EchoReply {

            /** Properties of an EchoReply. */
            interface $Properties {

                /** EchoReply message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EchoReply. */
            type $Shape = ampm.v1.EchoReply.$Properties;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Struct.
         * @deprecated Use google.protobuf.Struct.$Properties instead.
         */
        interface IStruct extends google.protobuf.Struct.$Properties {
        }

        /** Represents a Struct. */
        class Struct {

            /**
             * Constructs a new Struct.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Struct.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Struct fields. */
            fields: { [k: string]: google.protobuf.Value.$Properties };

            /**
             * Creates a new Struct instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Struct instance
             */
            static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Struct message, length delimited. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Decodes a Struct message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Verifies a Struct message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Struct
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Struct;

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @param message Struct
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Struct, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Struct to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Struct
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Struct {

            /** Properties of a Struct. */
            interface $Properties {

                /** Struct fields */
                fields?: ({ [k: string]: google.protobuf.Value.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Struct. */
            type $Shape = {
              fields?: { [k: string]: google.protobuf.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Value.
         * @deprecated Use google.protobuf.Value.$Properties instead.
         */
        interface IValue extends google.protobuf.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /**
             * Constructs a new Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value nullValue. */
            nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue. */
            numberValue?: (number|null);

            /** Value stringValue. */
            stringValue?: (string|null);

            /** Value boolValue. */
            boolValue?: (boolean|null);

            /** Value structValue. */
            structValue?: (google.protobuf.Struct.$Properties|null);

            /** Value listValue. */
            listValue?: (google.protobuf.ListValue.$Properties|null);

            /** Value kind. */
            kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
            static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Verifies a Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Value;

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @param message Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value nullValue */
                nullValue?: (google.protobuf.NullValue|null);

                /** Value numberValue */
                numberValue?: (number|null);

                /** Value stringValue */
                stringValue?: (string|null);

                /** Value boolValue */
                boolValue?: (boolean|null);

                /** Value structValue */
                structValue?: (google.protobuf.Struct.$Properties|null);

                /** Value listValue */
                listValue?: (google.protobuf.ListValue.$Properties|null);

                /** Value kind */
                kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Value. */
            type $Shape = {
              nullValue?: google.protobuf.NullValue|null;
              numberValue?: number|null;
              stringValue?: string|null;
              boolValue?: boolean|null;
              structValue?: google.protobuf.Struct.$Shape|null;
              listValue?: google.protobuf.ListValue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
            );
        }

        /** NullValue enum. */
        enum NullValue {

            /** NULL_VALUE value */
            NULL_VALUE = 0
        }

        /**
         * Properties of a ListValue.
         * @deprecated Use google.protobuf.ListValue.$Properties instead.
         */
        interface IListValue extends google.protobuf.ListValue.$Properties {
        }

        /** Represents a ListValue. */
        class ListValue {

            /**
             * Constructs a new ListValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ListValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListValue values. */
            values: google.protobuf.Value.$Properties[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            static create(properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListValue message, length delimited. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Decodes a ListValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Verifies a ListValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.ListValue;

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @param message ListValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListValue {

            /** Properties of a ListValue. */
            interface $Properties {

                /** ListValue values */
                values?: (google.protobuf.Value.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListValue. */
            type $Shape = {
              values?: google.protobuf.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}
