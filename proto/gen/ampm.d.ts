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

            /** Request targetsRoot. */
            targetsRoot: Uint8Array;

            /** Request targetProof. */
            targetProof: Uint8Array[];

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

                /** Request targetsRoot */
                targetsRoot?: (Uint8Array|null);

                /** Request targetProof */
                targetProof?: (Uint8Array[]|null);

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
         * Properties of a Resources.
         * @deprecated Use ampm.v1.Resources.$Properties instead.
         */
        interface IResources extends ampm.v1.Resources.$Properties {
        }

        /** Represents a Resources. */
        class Resources {

            /**
             * Constructs a new Resources.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Resources.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Resources vcpus. */
            vcpus: number;

            /** Resources memoryMb. */
            memoryMb: number;

            /**
             * Creates a new Resources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Resources instance
             */
            static create(properties: ampm.v1.Resources.$Shape): ampm.v1.Resources & ampm.v1.Resources.$Shape;
            static create(properties?: ampm.v1.Resources.$Properties): ampm.v1.Resources;

            /**
             * Encodes the specified Resources message. Does not implicitly {@link ampm.v1.Resources.verify|verify} messages.
             * @param message Resources message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Resources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Resources message, length delimited. Does not implicitly {@link ampm.v1.Resources.verify|verify} messages.
             * @param message Resources message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Resources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Resources message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Resources & ampm.v1.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Resources & ampm.v1.Resources.$Shape;

            /**
             * Decodes a Resources message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Resources & ampm.v1.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Resources & ampm.v1.Resources.$Shape;

            /**
             * Verifies a Resources message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Resources message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Resources
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Resources;

            /**
             * Creates a plain object from a Resources message. Also converts values to other types if specified.
             * @param message Resources
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Resources, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Resources to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Resources
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Resources {

            /** Properties of a Resources. */
            interface $Properties {

                /** Resources vcpus */
                vcpus?: (number|null);

                /** Resources memoryMb */
                memoryMb?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Resources. */
            type $Shape = ampm.v1.Resources.$Properties;
        }

        /**
         * Properties of a VolumeSpec.
         * @deprecated Use ampm.v1.VolumeSpec.$Properties instead.
         */
        interface IVolumeSpec extends ampm.v1.VolumeSpec.$Properties {
        }

        /** Represents a VolumeSpec. */
        class VolumeSpec {

            /**
             * Constructs a new VolumeSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.VolumeSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VolumeSpec name. */
            name: string;

            /** VolumeSpec sizeBytes. */
            sizeBytes: number;

            /** VolumeSpec storage. */
            storage: string;

            /**
             * Creates a new VolumeSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VolumeSpec instance
             */
            static create(properties: ampm.v1.VolumeSpec.$Shape): ampm.v1.VolumeSpec & ampm.v1.VolumeSpec.$Shape;
            static create(properties?: ampm.v1.VolumeSpec.$Properties): ampm.v1.VolumeSpec;

            /**
             * Encodes the specified VolumeSpec message. Does not implicitly {@link ampm.v1.VolumeSpec.verify|verify} messages.
             * @param message VolumeSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.VolumeSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VolumeSpec message, length delimited. Does not implicitly {@link ampm.v1.VolumeSpec.verify|verify} messages.
             * @param message VolumeSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.VolumeSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VolumeSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.VolumeSpec & ampm.v1.VolumeSpec.$Shape} VolumeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.VolumeSpec & ampm.v1.VolumeSpec.$Shape;

            /**
             * Decodes a VolumeSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.VolumeSpec & ampm.v1.VolumeSpec.$Shape} VolumeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.VolumeSpec & ampm.v1.VolumeSpec.$Shape;

            /**
             * Verifies a VolumeSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VolumeSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VolumeSpec
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.VolumeSpec;

            /**
             * Creates a plain object from a VolumeSpec message. Also converts values to other types if specified.
             * @param message VolumeSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.VolumeSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VolumeSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VolumeSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeSpec {

            /** Properties of a VolumeSpec. */
            interface $Properties {

                /** VolumeSpec name */
                name?: (string|null);

                /** VolumeSpec sizeBytes */
                sizeBytes?: (number|null);

                /** VolumeSpec storage */
                storage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VolumeSpec. */
            type $Shape = ampm.v1.VolumeSpec.$Properties;
        }

        /**
         * Properties of a NicSpec.
         * @deprecated Use ampm.v1.NicSpec.$Properties instead.
         */
        interface INicSpec extends ampm.v1.NicSpec.$Properties {
        }

        /** Represents a NicSpec. */
        class NicSpec {

            /**
             * Constructs a new NicSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.NicSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NicSpec bridge. */
            bridge: string;

            /** NicSpec vlan. */
            vlan: number;

            /**
             * Creates a new NicSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NicSpec instance
             */
            static create(properties: ampm.v1.NicSpec.$Shape): ampm.v1.NicSpec & ampm.v1.NicSpec.$Shape;
            static create(properties?: ampm.v1.NicSpec.$Properties): ampm.v1.NicSpec;

            /**
             * Encodes the specified NicSpec message. Does not implicitly {@link ampm.v1.NicSpec.verify|verify} messages.
             * @param message NicSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.NicSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NicSpec message, length delimited. Does not implicitly {@link ampm.v1.NicSpec.verify|verify} messages.
             * @param message NicSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.NicSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NicSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.NicSpec & ampm.v1.NicSpec.$Shape} NicSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.NicSpec & ampm.v1.NicSpec.$Shape;

            /**
             * Decodes a NicSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.NicSpec & ampm.v1.NicSpec.$Shape} NicSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.NicSpec & ampm.v1.NicSpec.$Shape;

            /**
             * Verifies a NicSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NicSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NicSpec
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.NicSpec;

            /**
             * Creates a plain object from a NicSpec message. Also converts values to other types if specified.
             * @param message NicSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.NicSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NicSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NicSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NicSpec {

            /** Properties of a NicSpec. */
            interface $Properties {

                /** NicSpec bridge */
                bridge?: (string|null);

                /** NicSpec vlan */
                vlan?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NicSpec. */
            type $Shape = ampm.v1.NicSpec.$Properties;
        }

        /**
         * Properties of a Profile.
         * @deprecated Use ampm.v1.Profile.$Properties instead.
         */
        interface IProfile extends ampm.v1.Profile.$Properties {
        }

        /** Represents a Profile. */
        class Profile {

            /**
             * Constructs a new Profile.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Profile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Profile name. */
            name: string;

            /** Profile description. */
            description: string;

            /** Profile template. */
            template: string;

            /** Profile resources. */
            resources?: (ampm.v1.Resources.$Properties|null);

            /** Profile volumes. */
            volumes: ampm.v1.VolumeSpec.$Properties[];

            /** Profile nics. */
            nics: ampm.v1.NicSpec.$Properties[];

            /** Profile tags. */
            tags: string[];

            /** Profile category. */
            category: string;

            /** Profile requirements. */
            requirements: string;

            /** Profile spread. */
            spread: string;

            /**
             * Creates a new Profile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Profile instance
             */
            static create(properties: ampm.v1.Profile.$Shape): ampm.v1.Profile & ampm.v1.Profile.$Shape;
            static create(properties?: ampm.v1.Profile.$Properties): ampm.v1.Profile;

            /**
             * Encodes the specified Profile message. Does not implicitly {@link ampm.v1.Profile.verify|verify} messages.
             * @param message Profile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Profile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Profile message, length delimited. Does not implicitly {@link ampm.v1.Profile.verify|verify} messages.
             * @param message Profile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Profile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Profile & ampm.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Profile & ampm.v1.Profile.$Shape;

            /**
             * Decodes a Profile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Profile & ampm.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Profile & ampm.v1.Profile.$Shape;

            /**
             * Verifies a Profile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Profile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Profile
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Profile;

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @param message Profile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Profile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Profile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Profile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Profile {

            /** Properties of a Profile. */
            interface $Properties {

                /** Profile name */
                name?: (string|null);

                /** Profile description */
                description?: (string|null);

                /** Profile template */
                template?: (string|null);

                /** Profile resources */
                resources?: (ampm.v1.Resources.$Properties|null);

                /** Profile volumes */
                volumes?: (ampm.v1.VolumeSpec.$Properties[]|null);

                /** Profile nics */
                nics?: (ampm.v1.NicSpec.$Properties[]|null);

                /** Profile tags */
                tags?: (string[]|null);

                /** Profile category */
                category?: (string|null);

                /** Profile requirements */
                requirements?: (string|null);

                /** Profile spread */
                spread?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Profile. */
            type $Shape = ampm.v1.Profile.$Properties;
        }

        /**
         * Properties of a Volume.
         * @deprecated Use ampm.v1.Volume.$Properties instead.
         */
        interface IVolume extends ampm.v1.Volume.$Properties {
        }

        /** Represents a Volume. */
        class Volume {

            /**
             * Constructs a new Volume.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Volume.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Volume name. */
            name: string;

            /** Volume storage. */
            storage: string;

            /** Volume volume. */
            volume: string;

            /** Volume sizeBytes. */
            sizeBytes: number;

            /** Volume path. */
            path: string;

            /**
             * Creates a new Volume instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Volume instance
             */
            static create(properties: ampm.v1.Volume.$Shape): ampm.v1.Volume & ampm.v1.Volume.$Shape;
            static create(properties?: ampm.v1.Volume.$Properties): ampm.v1.Volume;

            /**
             * Encodes the specified Volume message. Does not implicitly {@link ampm.v1.Volume.verify|verify} messages.
             * @param message Volume message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Volume message, length delimited. Does not implicitly {@link ampm.v1.Volume.verify|verify} messages.
             * @param message Volume message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Volume message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Volume & ampm.v1.Volume.$Shape} Volume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Volume & ampm.v1.Volume.$Shape;

            /**
             * Decodes a Volume message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Volume & ampm.v1.Volume.$Shape} Volume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Volume & ampm.v1.Volume.$Shape;

            /**
             * Verifies a Volume message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Volume message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Volume
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Volume;

            /**
             * Creates a plain object from a Volume message. Also converts values to other types if specified.
             * @param message Volume
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Volume, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Volume to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Volume
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Volume {

            /** Properties of a Volume. */
            interface $Properties {

                /** Volume name */
                name?: (string|null);

                /** Volume storage */
                storage?: (string|null);

                /** Volume volume */
                volume?: (string|null);

                /** Volume sizeBytes */
                sizeBytes?: (number|null);

                /** Volume path */
                path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Volume. */
            type $Shape = ampm.v1.Volume.$Properties;
        }

        /**
         * Properties of a Nic.
         * @deprecated Use ampm.v1.Nic.$Properties instead.
         */
        interface INic extends ampm.v1.Nic.$Properties {
        }

        /** Represents a Nic. */
        class Nic {

            /**
             * Constructs a new Nic.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Nic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Nic mac. */
            mac: string;

            /** Nic bridge. */
            bridge: string;

            /** Nic vlan. */
            vlan: number;

            /**
             * Creates a new Nic instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Nic instance
             */
            static create(properties: ampm.v1.Nic.$Shape): ampm.v1.Nic & ampm.v1.Nic.$Shape;
            static create(properties?: ampm.v1.Nic.$Properties): ampm.v1.Nic;

            /**
             * Encodes the specified Nic message. Does not implicitly {@link ampm.v1.Nic.verify|verify} messages.
             * @param message Nic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Nic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Nic message, length delimited. Does not implicitly {@link ampm.v1.Nic.verify|verify} messages.
             * @param message Nic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Nic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Nic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Nic & ampm.v1.Nic.$Shape} Nic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Nic & ampm.v1.Nic.$Shape;

            /**
             * Decodes a Nic message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Nic & ampm.v1.Nic.$Shape} Nic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Nic & ampm.v1.Nic.$Shape;

            /**
             * Verifies a Nic message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Nic message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Nic
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Nic;

            /**
             * Creates a plain object from a Nic message. Also converts values to other types if specified.
             * @param message Nic
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Nic, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Nic to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Nic
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Nic {

            /** Properties of a Nic. */
            interface $Properties {

                /** Nic mac */
                mac?: (string|null);

                /** Nic bridge */
                bridge?: (string|null);

                /** Nic vlan */
                vlan?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Nic. */
            type $Shape = ampm.v1.Nic.$Properties;
        }

        /**
         * Properties of an Instance.
         * @deprecated Use ampm.v1.Instance.$Properties instead.
         */
        interface IInstance extends ampm.v1.Instance.$Properties {
        }

        /** Represents an Instance. */
        class Instance {

            /**
             * Constructs a new Instance.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Instance.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Instance hostname. */
            hostname: string;

            /** Instance profile. */
            profile: string;

            /** Instance category. */
            category: string;

            /** Instance tags. */
            tags: string[];

            /** Instance resources. */
            resources?: (ampm.v1.Resources.$Properties|null);

            /** Instance volumes. */
            volumes: ampm.v1.Volume.$Properties[];

            /** Instance nics. */
            nics: ampm.v1.Nic.$Properties[];

            /** Instance template. */
            template: string;

            /** Instance state. */
            state: string;

            /** Instance host. */
            host: string;

            /** Instance createdAtMs. */
            createdAtMs: number;

            /** Instance spread. */
            spread: string;

            /** Instance requirements. */
            requirements: string;

            /** Instance slot. */
            slot: string;

            /** Instance mounted. */
            mounted: boolean;

            /**
             * Creates a new Instance instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Instance instance
             */
            static create(properties: ampm.v1.Instance.$Shape): ampm.v1.Instance & ampm.v1.Instance.$Shape;
            static create(properties?: ampm.v1.Instance.$Properties): ampm.v1.Instance;

            /**
             * Encodes the specified Instance message. Does not implicitly {@link ampm.v1.Instance.verify|verify} messages.
             * @param message Instance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Instance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Instance message, length delimited. Does not implicitly {@link ampm.v1.Instance.verify|verify} messages.
             * @param message Instance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Instance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Instance message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Instance & ampm.v1.Instance.$Shape} Instance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Instance & ampm.v1.Instance.$Shape;

            /**
             * Decodes an Instance message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Instance & ampm.v1.Instance.$Shape} Instance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Instance & ampm.v1.Instance.$Shape;

            /**
             * Verifies an Instance message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Instance message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Instance
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Instance;

            /**
             * Creates a plain object from an Instance message. Also converts values to other types if specified.
             * @param message Instance
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Instance, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Instance to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Instance
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Instance {

            /** Properties of an Instance. */
            interface $Properties {

                /** Instance hostname */
                hostname?: (string|null);

                /** Instance profile */
                profile?: (string|null);

                /** Instance category */
                category?: (string|null);

                /** Instance tags */
                tags?: (string[]|null);

                /** Instance resources */
                resources?: (ampm.v1.Resources.$Properties|null);

                /** Instance volumes */
                volumes?: (ampm.v1.Volume.$Properties[]|null);

                /** Instance nics */
                nics?: (ampm.v1.Nic.$Properties[]|null);

                /** Instance template */
                template?: (string|null);

                /** Instance state */
                state?: (string|null);

                /** Instance host */
                host?: (string|null);

                /** Instance createdAtMs */
                createdAtMs?: (number|null);

                /** Instance spread */
                spread?: (string|null);

                /** Instance requirements */
                requirements?: (string|null);

                /** Instance slot */
                slot?: (string|null);

                /** Instance mounted */
                mounted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Instance. */
            type $Shape = ampm.v1.Instance.$Properties;
        }

        /**
         * Properties of a HostState.
         * @deprecated Use ampm.v1.HostState.$Properties instead.
         */
        interface IHostState extends ampm.v1.HostState.$Properties {
        }

        /** Represents a HostState. */
        class HostState {

            /**
             * Constructs a new HostState.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.HostState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostState enabled. */
            enabled: boolean;

            /** HostState reason. */
            reason: string;

            /** HostState changedBy. */
            changedBy: string;

            /** HostState changedAtMs. */
            changedAtMs: number;

            /**
             * Creates a new HostState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostState instance
             */
            static create(properties: ampm.v1.HostState.$Shape): ampm.v1.HostState & ampm.v1.HostState.$Shape;
            static create(properties?: ampm.v1.HostState.$Properties): ampm.v1.HostState;

            /**
             * Encodes the specified HostState message. Does not implicitly {@link ampm.v1.HostState.verify|verify} messages.
             * @param message HostState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.HostState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HostState message, length delimited. Does not implicitly {@link ampm.v1.HostState.verify|verify} messages.
             * @param message HostState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.HostState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.HostState & ampm.v1.HostState.$Shape} HostState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.HostState & ampm.v1.HostState.$Shape;

            /**
             * Decodes a HostState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.HostState & ampm.v1.HostState.$Shape} HostState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.HostState & ampm.v1.HostState.$Shape;

            /**
             * Verifies a HostState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HostState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostState
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.HostState;

            /**
             * Creates a plain object from a HostState message. Also converts values to other types if specified.
             * @param message HostState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.HostState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HostState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostState {

            /** Properties of a HostState. */
            interface $Properties {

                /** HostState enabled */
                enabled?: (boolean|null);

                /** HostState reason */
                reason?: (string|null);

                /** HostState changedBy */
                changedBy?: (string|null);

                /** HostState changedAtMs */
                changedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostState. */
            type $Shape = ampm.v1.HostState.$Properties;
        }

        /**
         * Properties of a Capacity.
         * @deprecated Use ampm.v1.Capacity.$Properties instead.
         */
        interface ICapacity extends ampm.v1.Capacity.$Properties {
        }

        /** Represents a Capacity. */
        class Capacity {

            /**
             * Constructs a new Capacity.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Capacity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capacity slots. */
            slots: number;

            /** Capacity vcpus. */
            vcpus: number;

            /** Capacity memoryMb. */
            memoryMb: number;

            /** Capacity diskBytes. */
            diskBytes: number;

            /**
             * Creates a new Capacity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capacity instance
             */
            static create(properties: ampm.v1.Capacity.$Shape): ampm.v1.Capacity & ampm.v1.Capacity.$Shape;
            static create(properties?: ampm.v1.Capacity.$Properties): ampm.v1.Capacity;

            /**
             * Encodes the specified Capacity message. Does not implicitly {@link ampm.v1.Capacity.verify|verify} messages.
             * @param message Capacity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Capacity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Capacity message, length delimited. Does not implicitly {@link ampm.v1.Capacity.verify|verify} messages.
             * @param message Capacity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Capacity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capacity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Capacity & ampm.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Capacity & ampm.v1.Capacity.$Shape;

            /**
             * Decodes a Capacity message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Capacity & ampm.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Capacity & ampm.v1.Capacity.$Shape;

            /**
             * Verifies a Capacity message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Capacity message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Capacity
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Capacity;

            /**
             * Creates a plain object from a Capacity message. Also converts values to other types if specified.
             * @param message Capacity
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Capacity, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capacity to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Capacity
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Capacity {

            /** Properties of a Capacity. */
            interface $Properties {

                /** Capacity slots */
                slots?: (number|null);

                /** Capacity vcpus */
                vcpus?: (number|null);

                /** Capacity memoryMb */
                memoryMb?: (number|null);

                /** Capacity diskBytes */
                diskBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capacity. */
            type $Shape = ampm.v1.Capacity.$Properties;
        }

        /**
         * Properties of a HostStatusRequest.
         * @deprecated Use ampm.v1.HostStatusRequest.$Properties instead.
         */
        interface IHostStatusRequest extends ampm.v1.HostStatusRequest.$Properties {
        }

        /** Represents a HostStatusRequest. */
        class HostStatusRequest {

            /**
             * Constructs a new HostStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.HostStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new HostStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostStatusRequest instance
             */
            static create(properties: ampm.v1.HostStatusRequest.$Shape): ampm.v1.HostStatusRequest & ampm.v1.HostStatusRequest.$Shape;
            static create(properties?: ampm.v1.HostStatusRequest.$Properties): ampm.v1.HostStatusRequest;

            /**
             * Encodes the specified HostStatusRequest message. Does not implicitly {@link ampm.v1.HostStatusRequest.verify|verify} messages.
             * @param message HostStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.HostStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HostStatusRequest message, length delimited. Does not implicitly {@link ampm.v1.HostStatusRequest.verify|verify} messages.
             * @param message HostStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.HostStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.HostStatusRequest & ampm.v1.HostStatusRequest.$Shape} HostStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.HostStatusRequest & ampm.v1.HostStatusRequest.$Shape;

            /**
             * Decodes a HostStatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.HostStatusRequest & ampm.v1.HostStatusRequest.$Shape} HostStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.HostStatusRequest & ampm.v1.HostStatusRequest.$Shape;

            /**
             * Verifies a HostStatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HostStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostStatusRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.HostStatusRequest;

            /**
             * Creates a plain object from a HostStatusRequest message. Also converts values to other types if specified.
             * @param message HostStatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.HostStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HostStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStatusRequest {

            /** Properties of a HostStatusRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostStatusRequest. */
            type $Shape = ampm.v1.HostStatusRequest.$Properties;
        }

        /**
         * Properties of a HostStatusReply.
         * @deprecated Use ampm.v1.HostStatusReply.$Properties instead.
         */
        interface IHostStatusReply extends ampm.v1.HostStatusReply.$Properties {
        }

        /** Represents a HostStatusReply. */
        class HostStatusReply {

            /**
             * Constructs a new HostStatusReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.HostStatusReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostStatusReply state. */
            state?: (ampm.v1.HostState.$Properties|null);

            /** HostStatusReply capacity. */
            capacity?: (ampm.v1.Capacity.$Properties|null);

            /** HostStatusReply used. */
            used?: (ampm.v1.Capacity.$Properties|null);

            /** HostStatusReply storageTypes. */
            storageTypes: string[];

            /** HostStatusReply templateTypes. */
            templateTypes: string[];

            /** HostStatusReply categories. */
            categories: string[];

            /** HostStatusReply instances. */
            instances: ampm.v1.Instance.$Properties[];

            /** HostStatusReply driver. */
            driver: string;

            /** HostStatusReply tags. */
            tags: string[];

            /** HostStatusReply facts. */
            facts?: (google.protobuf.Struct.$Properties|null);

            /** HostStatusReply agents. */
            agents: string[];

            /**
             * Creates a new HostStatusReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostStatusReply instance
             */
            static create(properties: ampm.v1.HostStatusReply.$Shape): ampm.v1.HostStatusReply & ampm.v1.HostStatusReply.$Shape;
            static create(properties?: ampm.v1.HostStatusReply.$Properties): ampm.v1.HostStatusReply;

            /**
             * Encodes the specified HostStatusReply message. Does not implicitly {@link ampm.v1.HostStatusReply.verify|verify} messages.
             * @param message HostStatusReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.HostStatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HostStatusReply message, length delimited. Does not implicitly {@link ampm.v1.HostStatusReply.verify|verify} messages.
             * @param message HostStatusReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.HostStatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostStatusReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.HostStatusReply & ampm.v1.HostStatusReply.$Shape} HostStatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.HostStatusReply & ampm.v1.HostStatusReply.$Shape;

            /**
             * Decodes a HostStatusReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.HostStatusReply & ampm.v1.HostStatusReply.$Shape} HostStatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.HostStatusReply & ampm.v1.HostStatusReply.$Shape;

            /**
             * Verifies a HostStatusReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HostStatusReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostStatusReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.HostStatusReply;

            /**
             * Creates a plain object from a HostStatusReply message. Also converts values to other types if specified.
             * @param message HostStatusReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.HostStatusReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostStatusReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HostStatusReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStatusReply {

            /** Properties of a HostStatusReply. */
            interface $Properties {

                /** HostStatusReply state */
                state?: (ampm.v1.HostState.$Properties|null);

                /** HostStatusReply capacity */
                capacity?: (ampm.v1.Capacity.$Properties|null);

                /** HostStatusReply used */
                used?: (ampm.v1.Capacity.$Properties|null);

                /** HostStatusReply storageTypes */
                storageTypes?: (string[]|null);

                /** HostStatusReply templateTypes */
                templateTypes?: (string[]|null);

                /** HostStatusReply categories */
                categories?: (string[]|null);

                /** HostStatusReply instances */
                instances?: (ampm.v1.Instance.$Properties[]|null);

                /** HostStatusReply driver */
                driver?: (string|null);

                /** HostStatusReply tags */
                tags?: (string[]|null);

                /** HostStatusReply facts */
                facts?: (google.protobuf.Struct.$Properties|null);

                /** HostStatusReply agents */
                agents?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostStatusReply. */
            type $Shape = {
              state?: ampm.v1.HostState.$Shape|null;
              capacity?: ampm.v1.Capacity.$Shape|null;
              used?: ampm.v1.Capacity.$Shape|null;
              storageTypes?: string[]|null;
              templateTypes?: string[]|null;
              categories?: string[]|null;
              instances?: ampm.v1.Instance.$Shape[]|null;
              driver?: string|null;
              tags?: string[]|null;
              facts?: google.protobuf.Struct.$Shape|null;
              agents?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SetEnabledRequest.
         * @deprecated Use ampm.v1.SetEnabledRequest.$Properties instead.
         */
        interface ISetEnabledRequest extends ampm.v1.SetEnabledRequest.$Properties {
        }

        /** Represents a SetEnabledRequest. */
        class SetEnabledRequest {

            /**
             * Constructs a new SetEnabledRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.SetEnabledRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetEnabledRequest enabled. */
            enabled: boolean;

            /** SetEnabledRequest reason. */
            reason: string;

            /**
             * Creates a new SetEnabledRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetEnabledRequest instance
             */
            static create(properties: ampm.v1.SetEnabledRequest.$Shape): ampm.v1.SetEnabledRequest & ampm.v1.SetEnabledRequest.$Shape;
            static create(properties?: ampm.v1.SetEnabledRequest.$Properties): ampm.v1.SetEnabledRequest;

            /**
             * Encodes the specified SetEnabledRequest message. Does not implicitly {@link ampm.v1.SetEnabledRequest.verify|verify} messages.
             * @param message SetEnabledRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.SetEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetEnabledRequest message, length delimited. Does not implicitly {@link ampm.v1.SetEnabledRequest.verify|verify} messages.
             * @param message SetEnabledRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.SetEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetEnabledRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.SetEnabledRequest & ampm.v1.SetEnabledRequest.$Shape} SetEnabledRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.SetEnabledRequest & ampm.v1.SetEnabledRequest.$Shape;

            /**
             * Decodes a SetEnabledRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.SetEnabledRequest & ampm.v1.SetEnabledRequest.$Shape} SetEnabledRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.SetEnabledRequest & ampm.v1.SetEnabledRequest.$Shape;

            /**
             * Verifies a SetEnabledRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetEnabledRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetEnabledRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.SetEnabledRequest;

            /**
             * Creates a plain object from a SetEnabledRequest message. Also converts values to other types if specified.
             * @param message SetEnabledRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.SetEnabledRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetEnabledRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetEnabledRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetEnabledRequest {

            /** Properties of a SetEnabledRequest. */
            interface $Properties {

                /** SetEnabledRequest enabled */
                enabled?: (boolean|null);

                /** SetEnabledRequest reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetEnabledRequest. */
            type $Shape = ampm.v1.SetEnabledRequest.$Properties;
        }

        /**
         * Properties of a SetEnabledReply.
         * @deprecated Use ampm.v1.SetEnabledReply.$Properties instead.
         */
        interface ISetEnabledReply extends ampm.v1.SetEnabledReply.$Properties {
        }

        /** Represents a SetEnabledReply. */
        class SetEnabledReply {

            /**
             * Constructs a new SetEnabledReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.SetEnabledReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetEnabledReply state. */
            state?: (ampm.v1.HostState.$Properties|null);

            /**
             * Creates a new SetEnabledReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetEnabledReply instance
             */
            static create(properties: ampm.v1.SetEnabledReply.$Shape): ampm.v1.SetEnabledReply & ampm.v1.SetEnabledReply.$Shape;
            static create(properties?: ampm.v1.SetEnabledReply.$Properties): ampm.v1.SetEnabledReply;

            /**
             * Encodes the specified SetEnabledReply message. Does not implicitly {@link ampm.v1.SetEnabledReply.verify|verify} messages.
             * @param message SetEnabledReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.SetEnabledReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetEnabledReply message, length delimited. Does not implicitly {@link ampm.v1.SetEnabledReply.verify|verify} messages.
             * @param message SetEnabledReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.SetEnabledReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetEnabledReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.SetEnabledReply & ampm.v1.SetEnabledReply.$Shape} SetEnabledReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.SetEnabledReply & ampm.v1.SetEnabledReply.$Shape;

            /**
             * Decodes a SetEnabledReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.SetEnabledReply & ampm.v1.SetEnabledReply.$Shape} SetEnabledReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.SetEnabledReply & ampm.v1.SetEnabledReply.$Shape;

            /**
             * Verifies a SetEnabledReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetEnabledReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetEnabledReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.SetEnabledReply;

            /**
             * Creates a plain object from a SetEnabledReply message. Also converts values to other types if specified.
             * @param message SetEnabledReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.SetEnabledReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetEnabledReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetEnabledReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetEnabledReply {

            /** Properties of a SetEnabledReply. */
            interface $Properties {

                /** SetEnabledReply state */
                state?: (ampm.v1.HostState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetEnabledReply. */
            type $Shape = ampm.v1.SetEnabledReply.$Properties;
        }

        /**
         * Properties of an InstancesRequest.
         * @deprecated Use ampm.v1.InstancesRequest.$Properties instead.
         */
        interface IInstancesRequest extends ampm.v1.InstancesRequest.$Properties {
        }

        /** Represents an InstancesRequest. */
        class InstancesRequest {

            /**
             * Constructs a new InstancesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.InstancesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InstancesRequest hostname. */
            hostname: string;

            /**
             * Creates a new InstancesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InstancesRequest instance
             */
            static create(properties: ampm.v1.InstancesRequest.$Shape): ampm.v1.InstancesRequest & ampm.v1.InstancesRequest.$Shape;
            static create(properties?: ampm.v1.InstancesRequest.$Properties): ampm.v1.InstancesRequest;

            /**
             * Encodes the specified InstancesRequest message. Does not implicitly {@link ampm.v1.InstancesRequest.verify|verify} messages.
             * @param message InstancesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.InstancesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InstancesRequest message, length delimited. Does not implicitly {@link ampm.v1.InstancesRequest.verify|verify} messages.
             * @param message InstancesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.InstancesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InstancesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.InstancesRequest & ampm.v1.InstancesRequest.$Shape} InstancesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.InstancesRequest & ampm.v1.InstancesRequest.$Shape;

            /**
             * Decodes an InstancesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.InstancesRequest & ampm.v1.InstancesRequest.$Shape} InstancesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.InstancesRequest & ampm.v1.InstancesRequest.$Shape;

            /**
             * Verifies an InstancesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InstancesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InstancesRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.InstancesRequest;

            /**
             * Creates a plain object from an InstancesRequest message. Also converts values to other types if specified.
             * @param message InstancesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.InstancesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InstancesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InstancesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstancesRequest {

            /** Properties of an InstancesRequest. */
            interface $Properties {

                /** InstancesRequest hostname */
                hostname?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InstancesRequest. */
            type $Shape = ampm.v1.InstancesRequest.$Properties;
        }

        /**
         * Properties of an InstancesReply.
         * @deprecated Use ampm.v1.InstancesReply.$Properties instead.
         */
        interface IInstancesReply extends ampm.v1.InstancesReply.$Properties {
        }

        /** Represents an InstancesReply. */
        class InstancesReply {

            /**
             * Constructs a new InstancesReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.InstancesReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InstancesReply instances. */
            instances: ampm.v1.Instance.$Properties[];

            /**
             * Creates a new InstancesReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InstancesReply instance
             */
            static create(properties: ampm.v1.InstancesReply.$Shape): ampm.v1.InstancesReply & ampm.v1.InstancesReply.$Shape;
            static create(properties?: ampm.v1.InstancesReply.$Properties): ampm.v1.InstancesReply;

            /**
             * Encodes the specified InstancesReply message. Does not implicitly {@link ampm.v1.InstancesReply.verify|verify} messages.
             * @param message InstancesReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.InstancesReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InstancesReply message, length delimited. Does not implicitly {@link ampm.v1.InstancesReply.verify|verify} messages.
             * @param message InstancesReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.InstancesReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InstancesReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.InstancesReply & ampm.v1.InstancesReply.$Shape} InstancesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.InstancesReply & ampm.v1.InstancesReply.$Shape;

            /**
             * Decodes an InstancesReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.InstancesReply & ampm.v1.InstancesReply.$Shape} InstancesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.InstancesReply & ampm.v1.InstancesReply.$Shape;

            /**
             * Verifies an InstancesReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InstancesReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InstancesReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.InstancesReply;

            /**
             * Creates a plain object from an InstancesReply message. Also converts values to other types if specified.
             * @param message InstancesReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.InstancesReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InstancesReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InstancesReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstancesReply {

            /** Properties of an InstancesReply. */
            interface $Properties {

                /** InstancesReply instances */
                instances?: (ampm.v1.Instance.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InstancesReply. */
            type $Shape = ampm.v1.InstancesReply.$Properties;
        }

        /**
         * Properties of a CreateRequest.
         * @deprecated Use ampm.v1.CreateRequest.$Properties instead.
         */
        interface ICreateRequest extends ampm.v1.CreateRequest.$Properties {
        }

        /** Represents a CreateRequest. */
        class CreateRequest {

            /**
             * Constructs a new CreateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.CreateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateRequest hostname. */
            hostname: string;

            /** CreateRequest profile. */
            profile?: (ampm.v1.Profile.$Properties|null);

            /**
             * Creates a new CreateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateRequest instance
             */
            static create(properties: ampm.v1.CreateRequest.$Shape): ampm.v1.CreateRequest & ampm.v1.CreateRequest.$Shape;
            static create(properties?: ampm.v1.CreateRequest.$Properties): ampm.v1.CreateRequest;

            /**
             * Encodes the specified CreateRequest message. Does not implicitly {@link ampm.v1.CreateRequest.verify|verify} messages.
             * @param message CreateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.CreateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CreateRequest message, length delimited. Does not implicitly {@link ampm.v1.CreateRequest.verify|verify} messages.
             * @param message CreateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.CreateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.CreateRequest & ampm.v1.CreateRequest.$Shape} CreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.CreateRequest & ampm.v1.CreateRequest.$Shape;

            /**
             * Decodes a CreateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.CreateRequest & ampm.v1.CreateRequest.$Shape} CreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.CreateRequest & ampm.v1.CreateRequest.$Shape;

            /**
             * Verifies a CreateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CreateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CreateRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.CreateRequest;

            /**
             * Creates a plain object from a CreateRequest message. Also converts values to other types if specified.
             * @param message CreateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.CreateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateRequest {

            /** Properties of a CreateRequest. */
            interface $Properties {

                /** CreateRequest hostname */
                hostname?: (string|null);

                /** CreateRequest profile */
                profile?: (ampm.v1.Profile.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateRequest. */
            type $Shape = ampm.v1.CreateRequest.$Properties;
        }

        /**
         * Properties of an InstanceRequest.
         * @deprecated Use ampm.v1.InstanceRequest.$Properties instead.
         */
        interface IInstanceRequest extends ampm.v1.InstanceRequest.$Properties {
        }

        /** Represents an InstanceRequest. */
        class InstanceRequest {

            /**
             * Constructs a new InstanceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.InstanceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InstanceRequest hostname. */
            hostname: string;

            /**
             * Creates a new InstanceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InstanceRequest instance
             */
            static create(properties: ampm.v1.InstanceRequest.$Shape): ampm.v1.InstanceRequest & ampm.v1.InstanceRequest.$Shape;
            static create(properties?: ampm.v1.InstanceRequest.$Properties): ampm.v1.InstanceRequest;

            /**
             * Encodes the specified InstanceRequest message. Does not implicitly {@link ampm.v1.InstanceRequest.verify|verify} messages.
             * @param message InstanceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.InstanceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InstanceRequest message, length delimited. Does not implicitly {@link ampm.v1.InstanceRequest.verify|verify} messages.
             * @param message InstanceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.InstanceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InstanceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.InstanceRequest & ampm.v1.InstanceRequest.$Shape} InstanceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.InstanceRequest & ampm.v1.InstanceRequest.$Shape;

            /**
             * Decodes an InstanceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.InstanceRequest & ampm.v1.InstanceRequest.$Shape} InstanceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.InstanceRequest & ampm.v1.InstanceRequest.$Shape;

            /**
             * Verifies an InstanceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InstanceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InstanceRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.InstanceRequest;

            /**
             * Creates a plain object from an InstanceRequest message. Also converts values to other types if specified.
             * @param message InstanceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.InstanceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InstanceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InstanceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstanceRequest {

            /** Properties of an InstanceRequest. */
            interface $Properties {

                /** InstanceRequest hostname */
                hostname?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InstanceRequest. */
            type $Shape = ampm.v1.InstanceRequest.$Properties;
        }

        /**
         * Properties of an InstanceReply.
         * @deprecated Use ampm.v1.InstanceReply.$Properties instead.
         */
        interface IInstanceReply extends ampm.v1.InstanceReply.$Properties {
        }

        /** Represents an InstanceReply. */
        class InstanceReply {

            /**
             * Constructs a new InstanceReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.InstanceReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InstanceReply instance. */
            instance?: (ampm.v1.Instance.$Properties|null);

            /**
             * Creates a new InstanceReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InstanceReply instance
             */
            static create(properties: ampm.v1.InstanceReply.$Shape): ampm.v1.InstanceReply & ampm.v1.InstanceReply.$Shape;
            static create(properties?: ampm.v1.InstanceReply.$Properties): ampm.v1.InstanceReply;

            /**
             * Encodes the specified InstanceReply message. Does not implicitly {@link ampm.v1.InstanceReply.verify|verify} messages.
             * @param message InstanceReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.InstanceReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InstanceReply message, length delimited. Does not implicitly {@link ampm.v1.InstanceReply.verify|verify} messages.
             * @param message InstanceReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.InstanceReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InstanceReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.InstanceReply & ampm.v1.InstanceReply.$Shape} InstanceReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.InstanceReply & ampm.v1.InstanceReply.$Shape;

            /**
             * Decodes an InstanceReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.InstanceReply & ampm.v1.InstanceReply.$Shape} InstanceReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.InstanceReply & ampm.v1.InstanceReply.$Shape;

            /**
             * Verifies an InstanceReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InstanceReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InstanceReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.InstanceReply;

            /**
             * Creates a plain object from an InstanceReply message. Also converts values to other types if specified.
             * @param message InstanceReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.InstanceReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InstanceReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InstanceReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstanceReply {

            /** Properties of an InstanceReply. */
            interface $Properties {

                /** InstanceReply instance */
                instance?: (ampm.v1.Instance.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InstanceReply. */
            type $Shape = ampm.v1.InstanceReply.$Properties;
        }

        /**
         * Properties of a Job.
         * @deprecated Use ampm.v1.Job.$Properties instead.
         */
        interface IJob extends ampm.v1.Job.$Properties {
        }

        /** Represents a Job. */
        class Job {

            /**
             * Constructs a new Job.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.Job.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Job id. */
            id: string;

            /** Job kind. */
            kind: string;

            /** Job host. */
            host: string;

            /** Job instance. */
            instance: string;

            /** Job state. */
            state: string;

            /** Job phase. */
            phase: string;

            /** Job percent. */
            percent: number;

            /** Job bytes. */
            bytes: number;

            /** Job message. */
            message: string;

            /** Job caller. */
            caller: string;

            /** Job startedAtMs. */
            startedAtMs: number;

            /** Job updatedAtMs. */
            updatedAtMs: number;

            /** Job target. */
            target: string;

            /** Job result. */
            result?: (google.protobuf.Struct.$Properties|null);

            /**
             * Creates a new Job instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Job instance
             */
            static create(properties: ampm.v1.Job.$Shape): ampm.v1.Job & ampm.v1.Job.$Shape;
            static create(properties?: ampm.v1.Job.$Properties): ampm.v1.Job;

            /**
             * Encodes the specified Job message. Does not implicitly {@link ampm.v1.Job.verify|verify} messages.
             * @param message Job message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.Job.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Job message, length delimited. Does not implicitly {@link ampm.v1.Job.verify|verify} messages.
             * @param message Job message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.Job.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Job message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.Job & ampm.v1.Job.$Shape} Job
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.Job & ampm.v1.Job.$Shape;

            /**
             * Decodes a Job message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.Job & ampm.v1.Job.$Shape} Job
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.Job & ampm.v1.Job.$Shape;

            /**
             * Verifies a Job message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Job message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Job
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.Job;

            /**
             * Creates a plain object from a Job message. Also converts values to other types if specified.
             * @param message Job
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.Job, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Job to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Job
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Job {

            /** Properties of a Job. */
            interface $Properties {

                /** Job id */
                id?: (string|null);

                /** Job kind */
                kind?: (string|null);

                /** Job host */
                host?: (string|null);

                /** Job instance */
                instance?: (string|null);

                /** Job state */
                state?: (string|null);

                /** Job phase */
                phase?: (string|null);

                /** Job percent */
                percent?: (number|null);

                /** Job bytes */
                bytes?: (number|null);

                /** Job message */
                message?: (string|null);

                /** Job caller */
                caller?: (string|null);

                /** Job startedAtMs */
                startedAtMs?: (number|null);

                /** Job updatedAtMs */
                updatedAtMs?: (number|null);

                /** Job target */
                target?: (string|null);

                /** Job result */
                result?: (google.protobuf.Struct.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Job. */
            type $Shape = {
              id?: string|null;
              kind?: string|null;
              host?: string|null;
              instance?: string|null;
              state?: string|null;
              phase?: string|null;
              percent?: number|null;
              bytes?: number|null;
              message?: string|null;
              caller?: string|null;
              startedAtMs?: number|null;
              updatedAtMs?: number|null;
              target?: string|null;
              result?: google.protobuf.Struct.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a JobReply.
         * @deprecated Use ampm.v1.JobReply.$Properties instead.
         */
        interface IJobReply extends ampm.v1.JobReply.$Properties {
        }

        /** Represents a JobReply. */
        class JobReply {

            /**
             * Constructs a new JobReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.JobReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobReply job. */
            job?: (ampm.v1.Job.$Properties|null);

            /**
             * Creates a new JobReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobReply instance
             */
            static create(properties: ampm.v1.JobReply.$Shape): ampm.v1.JobReply & ampm.v1.JobReply.$Shape;
            static create(properties?: ampm.v1.JobReply.$Properties): ampm.v1.JobReply;

            /**
             * Encodes the specified JobReply message. Does not implicitly {@link ampm.v1.JobReply.verify|verify} messages.
             * @param message JobReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.JobReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified JobReply message, length delimited. Does not implicitly {@link ampm.v1.JobReply.verify|verify} messages.
             * @param message JobReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.JobReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.JobReply & ampm.v1.JobReply.$Shape} JobReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.JobReply & ampm.v1.JobReply.$Shape;

            /**
             * Decodes a JobReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.JobReply & ampm.v1.JobReply.$Shape} JobReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.JobReply & ampm.v1.JobReply.$Shape;

            /**
             * Verifies a JobReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.JobReply;

            /**
             * Creates a plain object from a JobReply message. Also converts values to other types if specified.
             * @param message JobReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.JobReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobReply {

            /** Properties of a JobReply. */
            interface $Properties {

                /** JobReply job */
                job?: (ampm.v1.Job.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobReply. */
            type $Shape = {
              job?: ampm.v1.Job.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a JobsRequest.
         * @deprecated Use ampm.v1.JobsRequest.$Properties instead.
         */
        interface IJobsRequest extends ampm.v1.JobsRequest.$Properties {
        }

        /** Represents a JobsRequest. */
        class JobsRequest {

            /**
             * Constructs a new JobsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.JobsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobsRequest id. */
            id: string;

            /**
             * Creates a new JobsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobsRequest instance
             */
            static create(properties: ampm.v1.JobsRequest.$Shape): ampm.v1.JobsRequest & ampm.v1.JobsRequest.$Shape;
            static create(properties?: ampm.v1.JobsRequest.$Properties): ampm.v1.JobsRequest;

            /**
             * Encodes the specified JobsRequest message. Does not implicitly {@link ampm.v1.JobsRequest.verify|verify} messages.
             * @param message JobsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.JobsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified JobsRequest message, length delimited. Does not implicitly {@link ampm.v1.JobsRequest.verify|verify} messages.
             * @param message JobsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.JobsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.JobsRequest & ampm.v1.JobsRequest.$Shape} JobsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.JobsRequest & ampm.v1.JobsRequest.$Shape;

            /**
             * Decodes a JobsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.JobsRequest & ampm.v1.JobsRequest.$Shape} JobsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.JobsRequest & ampm.v1.JobsRequest.$Shape;

            /**
             * Verifies a JobsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobsRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.JobsRequest;

            /**
             * Creates a plain object from a JobsRequest message. Also converts values to other types if specified.
             * @param message JobsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.JobsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobsRequest {

            /** Properties of a JobsRequest. */
            interface $Properties {

                /** JobsRequest id */
                id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobsRequest. */
            type $Shape = ampm.v1.JobsRequest.$Properties;
        }

        /**
         * Properties of a JobsReply.
         * @deprecated Use ampm.v1.JobsReply.$Properties instead.
         */
        interface IJobsReply extends ampm.v1.JobsReply.$Properties {
        }

        /** Represents a JobsReply. */
        class JobsReply {

            /**
             * Constructs a new JobsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.JobsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobsReply jobs. */
            jobs: ampm.v1.Job.$Properties[];

            /**
             * Creates a new JobsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobsReply instance
             */
            static create(properties: ampm.v1.JobsReply.$Shape): ampm.v1.JobsReply & ampm.v1.JobsReply.$Shape;
            static create(properties?: ampm.v1.JobsReply.$Properties): ampm.v1.JobsReply;

            /**
             * Encodes the specified JobsReply message. Does not implicitly {@link ampm.v1.JobsReply.verify|verify} messages.
             * @param message JobsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.JobsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified JobsReply message, length delimited. Does not implicitly {@link ampm.v1.JobsReply.verify|verify} messages.
             * @param message JobsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.JobsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.JobsReply & ampm.v1.JobsReply.$Shape} JobsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.JobsReply & ampm.v1.JobsReply.$Shape;

            /**
             * Decodes a JobsReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.JobsReply & ampm.v1.JobsReply.$Shape} JobsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.JobsReply & ampm.v1.JobsReply.$Shape;

            /**
             * Verifies a JobsReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobsReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobsReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.JobsReply;

            /**
             * Creates a plain object from a JobsReply message. Also converts values to other types if specified.
             * @param message JobsReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.JobsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobsReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobsReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobsReply {

            /** Properties of a JobsReply. */
            interface $Properties {

                /** JobsReply jobs */
                jobs?: (ampm.v1.Job.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobsReply. */
            type $Shape = {
              jobs?: ampm.v1.Job.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a MigrateRequest.
         * @deprecated Use ampm.v1.MigrateRequest.$Properties instead.
         */
        interface IMigrateRequest extends ampm.v1.MigrateRequest.$Properties {
        }

        /** Represents a MigrateRequest. */
        class MigrateRequest {

            /**
             * Constructs a new MigrateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.MigrateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MigrateRequest hostname. */
            hostname: string;

            /** MigrateRequest target. */
            target: string;

            /**
             * Creates a new MigrateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MigrateRequest instance
             */
            static create(properties: ampm.v1.MigrateRequest.$Shape): ampm.v1.MigrateRequest & ampm.v1.MigrateRequest.$Shape;
            static create(properties?: ampm.v1.MigrateRequest.$Properties): ampm.v1.MigrateRequest;

            /**
             * Encodes the specified MigrateRequest message. Does not implicitly {@link ampm.v1.MigrateRequest.verify|verify} messages.
             * @param message MigrateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.MigrateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MigrateRequest message, length delimited. Does not implicitly {@link ampm.v1.MigrateRequest.verify|verify} messages.
             * @param message MigrateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.MigrateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MigrateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.MigrateRequest & ampm.v1.MigrateRequest.$Shape} MigrateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.MigrateRequest & ampm.v1.MigrateRequest.$Shape;

            /**
             * Decodes a MigrateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.MigrateRequest & ampm.v1.MigrateRequest.$Shape} MigrateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.MigrateRequest & ampm.v1.MigrateRequest.$Shape;

            /**
             * Verifies a MigrateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MigrateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MigrateRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.MigrateRequest;

            /**
             * Creates a plain object from a MigrateRequest message. Also converts values to other types if specified.
             * @param message MigrateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.MigrateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MigrateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MigrateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MigrateRequest {

            /** Properties of a MigrateRequest. */
            interface $Properties {

                /** MigrateRequest hostname */
                hostname?: (string|null);

                /** MigrateRequest target */
                target?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MigrateRequest. */
            type $Shape = ampm.v1.MigrateRequest.$Properties;
        }

        /**
         * Properties of a MigrateInRequest.
         * @deprecated Use ampm.v1.MigrateInRequest.$Properties instead.
         */
        interface IMigrateInRequest extends ampm.v1.MigrateInRequest.$Properties {
        }

        /** Represents a MigrateInRequest. */
        class MigrateInRequest {

            /**
             * Constructs a new MigrateInRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.MigrateInRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MigrateInRequest migrationId. */
            migrationId: string;

            /** MigrateInRequest instance. */
            instance?: (ampm.v1.Instance.$Properties|null);

            /** MigrateInRequest source. */
            source: string;

            /** MigrateInRequest start. */
            start: boolean;

            /** MigrateInRequest volumes. */
            volumes: ampm.v1.TransferredVolume.$Properties[];

            /**
             * Creates a new MigrateInRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MigrateInRequest instance
             */
            static create(properties: ampm.v1.MigrateInRequest.$Shape): ampm.v1.MigrateInRequest & ampm.v1.MigrateInRequest.$Shape;
            static create(properties?: ampm.v1.MigrateInRequest.$Properties): ampm.v1.MigrateInRequest;

            /**
             * Encodes the specified MigrateInRequest message. Does not implicitly {@link ampm.v1.MigrateInRequest.verify|verify} messages.
             * @param message MigrateInRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.MigrateInRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MigrateInRequest message, length delimited. Does not implicitly {@link ampm.v1.MigrateInRequest.verify|verify} messages.
             * @param message MigrateInRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.MigrateInRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MigrateInRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.MigrateInRequest & ampm.v1.MigrateInRequest.$Shape} MigrateInRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.MigrateInRequest & ampm.v1.MigrateInRequest.$Shape;

            /**
             * Decodes a MigrateInRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.MigrateInRequest & ampm.v1.MigrateInRequest.$Shape} MigrateInRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.MigrateInRequest & ampm.v1.MigrateInRequest.$Shape;

            /**
             * Verifies a MigrateInRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MigrateInRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MigrateInRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.MigrateInRequest;

            /**
             * Creates a plain object from a MigrateInRequest message. Also converts values to other types if specified.
             * @param message MigrateInRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.MigrateInRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MigrateInRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MigrateInRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MigrateInRequest {

            /** Properties of a MigrateInRequest. */
            interface $Properties {

                /** MigrateInRequest migrationId */
                migrationId?: (string|null);

                /** MigrateInRequest instance */
                instance?: (ampm.v1.Instance.$Properties|null);

                /** MigrateInRequest source */
                source?: (string|null);

                /** MigrateInRequest start */
                start?: (boolean|null);

                /** MigrateInRequest volumes */
                volumes?: (ampm.v1.TransferredVolume.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MigrateInRequest. */
            type $Shape = ampm.v1.MigrateInRequest.$Properties;
        }

        /**
         * Properties of a TransferredVolume.
         * @deprecated Use ampm.v1.TransferredVolume.$Properties instead.
         */
        interface ITransferredVolume extends ampm.v1.TransferredVolume.$Properties {
        }

        /** Represents a TransferredVolume. */
        class TransferredVolume {

            /**
             * Constructs a new TransferredVolume.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.TransferredVolume.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferredVolume name. */
            name: string;

            /** TransferredVolume object. */
            object: string;

            /** TransferredVolume sha256. */
            sha256: string;

            /** TransferredVolume bytes. */
            bytes: number;

            /** TransferredVolume format. */
            format: string;

            /**
             * Creates a new TransferredVolume instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransferredVolume instance
             */
            static create(properties: ampm.v1.TransferredVolume.$Shape): ampm.v1.TransferredVolume & ampm.v1.TransferredVolume.$Shape;
            static create(properties?: ampm.v1.TransferredVolume.$Properties): ampm.v1.TransferredVolume;

            /**
             * Encodes the specified TransferredVolume message. Does not implicitly {@link ampm.v1.TransferredVolume.verify|verify} messages.
             * @param message TransferredVolume message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.TransferredVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TransferredVolume message, length delimited. Does not implicitly {@link ampm.v1.TransferredVolume.verify|verify} messages.
             * @param message TransferredVolume message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.TransferredVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferredVolume message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.TransferredVolume & ampm.v1.TransferredVolume.$Shape} TransferredVolume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.TransferredVolume & ampm.v1.TransferredVolume.$Shape;

            /**
             * Decodes a TransferredVolume message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.TransferredVolume & ampm.v1.TransferredVolume.$Shape} TransferredVolume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.TransferredVolume & ampm.v1.TransferredVolume.$Shape;

            /**
             * Verifies a TransferredVolume message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TransferredVolume message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TransferredVolume
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.TransferredVolume;

            /**
             * Creates a plain object from a TransferredVolume message. Also converts values to other types if specified.
             * @param message TransferredVolume
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.TransferredVolume, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TransferredVolume to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TransferredVolume
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TransferredVolume {

            /** Properties of a TransferredVolume. */
            interface $Properties {

                /** TransferredVolume name */
                name?: (string|null);

                /** TransferredVolume object */
                object?: (string|null);

                /** TransferredVolume sha256 */
                sha256?: (string|null);

                /** TransferredVolume bytes */
                bytes?: (number|null);

                /** TransferredVolume format */
                format?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferredVolume. */
            type $Shape = ampm.v1.TransferredVolume.$Properties;
        }

        /**
         * Properties of a MigrationStatusRequest.
         * @deprecated Use ampm.v1.MigrationStatusRequest.$Properties instead.
         */
        interface IMigrationStatusRequest extends ampm.v1.MigrationStatusRequest.$Properties {
        }

        /** Represents a MigrationStatusRequest. */
        class MigrationStatusRequest {

            /**
             * Constructs a new MigrationStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.MigrationStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MigrationStatusRequest migrationId. */
            migrationId: string;

            /**
             * Creates a new MigrationStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MigrationStatusRequest instance
             */
            static create(properties: ampm.v1.MigrationStatusRequest.$Shape): ampm.v1.MigrationStatusRequest & ampm.v1.MigrationStatusRequest.$Shape;
            static create(properties?: ampm.v1.MigrationStatusRequest.$Properties): ampm.v1.MigrationStatusRequest;

            /**
             * Encodes the specified MigrationStatusRequest message. Does not implicitly {@link ampm.v1.MigrationStatusRequest.verify|verify} messages.
             * @param message MigrationStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.MigrationStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MigrationStatusRequest message, length delimited. Does not implicitly {@link ampm.v1.MigrationStatusRequest.verify|verify} messages.
             * @param message MigrationStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.MigrationStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MigrationStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.MigrationStatusRequest & ampm.v1.MigrationStatusRequest.$Shape} MigrationStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.MigrationStatusRequest & ampm.v1.MigrationStatusRequest.$Shape;

            /**
             * Decodes a MigrationStatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.MigrationStatusRequest & ampm.v1.MigrationStatusRequest.$Shape} MigrationStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.MigrationStatusRequest & ampm.v1.MigrationStatusRequest.$Shape;

            /**
             * Verifies a MigrationStatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MigrationStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MigrationStatusRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.MigrationStatusRequest;

            /**
             * Creates a plain object from a MigrationStatusRequest message. Also converts values to other types if specified.
             * @param message MigrationStatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.MigrationStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MigrationStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MigrationStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MigrationStatusRequest {

            /** Properties of a MigrationStatusRequest. */
            interface $Properties {

                /** MigrationStatusRequest migrationId */
                migrationId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MigrationStatusRequest. */
            type $Shape = ampm.v1.MigrationStatusRequest.$Properties;
        }

        /**
         * Properties of a MigrationStatusReply.
         * @deprecated Use ampm.v1.MigrationStatusReply.$Properties instead.
         */
        interface IMigrationStatusReply extends ampm.v1.MigrationStatusReply.$Properties {
        }

        /** Represents a MigrationStatusReply. */
        class MigrationStatusReply {

            /**
             * Constructs a new MigrationStatusReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.MigrationStatusReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MigrationStatusReply phase. */
            phase: string;

            /** MigrationStatusReply committed. */
            committed: boolean;

            /** MigrationStatusReply message. */
            message: string;

            /**
             * Creates a new MigrationStatusReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MigrationStatusReply instance
             */
            static create(properties: ampm.v1.MigrationStatusReply.$Shape): ampm.v1.MigrationStatusReply & ampm.v1.MigrationStatusReply.$Shape;
            static create(properties?: ampm.v1.MigrationStatusReply.$Properties): ampm.v1.MigrationStatusReply;

            /**
             * Encodes the specified MigrationStatusReply message. Does not implicitly {@link ampm.v1.MigrationStatusReply.verify|verify} messages.
             * @param message MigrationStatusReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.MigrationStatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MigrationStatusReply message, length delimited. Does not implicitly {@link ampm.v1.MigrationStatusReply.verify|verify} messages.
             * @param message MigrationStatusReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.MigrationStatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MigrationStatusReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.MigrationStatusReply & ampm.v1.MigrationStatusReply.$Shape} MigrationStatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.MigrationStatusReply & ampm.v1.MigrationStatusReply.$Shape;

            /**
             * Decodes a MigrationStatusReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.MigrationStatusReply & ampm.v1.MigrationStatusReply.$Shape} MigrationStatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.MigrationStatusReply & ampm.v1.MigrationStatusReply.$Shape;

            /**
             * Verifies a MigrationStatusReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MigrationStatusReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MigrationStatusReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.MigrationStatusReply;

            /**
             * Creates a plain object from a MigrationStatusReply message. Also converts values to other types if specified.
             * @param message MigrationStatusReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.MigrationStatusReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MigrationStatusReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MigrationStatusReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MigrationStatusReply {

            /** Properties of a MigrationStatusReply. */
            interface $Properties {

                /** MigrationStatusReply phase */
                phase?: (string|null);

                /** MigrationStatusReply committed */
                committed?: (boolean|null);

                /** MigrationStatusReply message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MigrationStatusReply. */
            type $Shape = ampm.v1.MigrationStatusReply.$Properties;
        }

        /**
         * Properties of an EvacuateRequest.
         * @deprecated Use ampm.v1.EvacuateRequest.$Properties instead.
         */
        interface IEvacuateRequest extends ampm.v1.EvacuateRequest.$Properties {
        }

        /** Represents an EvacuateRequest. */
        class EvacuateRequest {

            /**
             * Constructs a new EvacuateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.EvacuateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvacuateRequest parallel. */
            parallel: number;

            /** EvacuateRequest dryRun. */
            dryRun: boolean;

            /** EvacuateRequest plan. */
            plan: ampm.v1.PlanEntry.$Properties[];

            /**
             * Creates a new EvacuateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvacuateRequest instance
             */
            static create(properties: ampm.v1.EvacuateRequest.$Shape): ampm.v1.EvacuateRequest & ampm.v1.EvacuateRequest.$Shape;
            static create(properties?: ampm.v1.EvacuateRequest.$Properties): ampm.v1.EvacuateRequest;

            /**
             * Encodes the specified EvacuateRequest message. Does not implicitly {@link ampm.v1.EvacuateRequest.verify|verify} messages.
             * @param message EvacuateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.EvacuateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvacuateRequest message, length delimited. Does not implicitly {@link ampm.v1.EvacuateRequest.verify|verify} messages.
             * @param message EvacuateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.EvacuateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvacuateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.EvacuateRequest & ampm.v1.EvacuateRequest.$Shape} EvacuateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.EvacuateRequest & ampm.v1.EvacuateRequest.$Shape;

            /**
             * Decodes an EvacuateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.EvacuateRequest & ampm.v1.EvacuateRequest.$Shape} EvacuateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.EvacuateRequest & ampm.v1.EvacuateRequest.$Shape;

            /**
             * Verifies an EvacuateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvacuateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvacuateRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.EvacuateRequest;

            /**
             * Creates a plain object from an EvacuateRequest message. Also converts values to other types if specified.
             * @param message EvacuateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.EvacuateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvacuateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvacuateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvacuateRequest {

            /** Properties of an EvacuateRequest. */
            interface $Properties {

                /** EvacuateRequest parallel */
                parallel?: (number|null);

                /** EvacuateRequest dryRun */
                dryRun?: (boolean|null);

                /** EvacuateRequest plan */
                plan?: (ampm.v1.PlanEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvacuateRequest. */
            type $Shape = ampm.v1.EvacuateRequest.$Properties;
        }

        /**
         * Properties of a PlanEntry.
         * @deprecated Use ampm.v1.PlanEntry.$Properties instead.
         */
        interface IPlanEntry extends ampm.v1.PlanEntry.$Properties {
        }

        /** Represents a PlanEntry. */
        class PlanEntry {

            /**
             * Constructs a new PlanEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.PlanEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanEntry instance. */
            instance: string;

            /** PlanEntry target. */
            target: string;

            /** PlanEntry reason. */
            reason: string;

            /** PlanEntry hostname. */
            hostname: string;

            /**
             * Creates a new PlanEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanEntry instance
             */
            static create(properties: ampm.v1.PlanEntry.$Shape): ampm.v1.PlanEntry & ampm.v1.PlanEntry.$Shape;
            static create(properties?: ampm.v1.PlanEntry.$Properties): ampm.v1.PlanEntry;

            /**
             * Encodes the specified PlanEntry message. Does not implicitly {@link ampm.v1.PlanEntry.verify|verify} messages.
             * @param message PlanEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.PlanEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanEntry message, length delimited. Does not implicitly {@link ampm.v1.PlanEntry.verify|verify} messages.
             * @param message PlanEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.PlanEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.PlanEntry & ampm.v1.PlanEntry.$Shape} PlanEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.PlanEntry & ampm.v1.PlanEntry.$Shape;

            /**
             * Decodes a PlanEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.PlanEntry & ampm.v1.PlanEntry.$Shape} PlanEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.PlanEntry & ampm.v1.PlanEntry.$Shape;

            /**
             * Verifies a PlanEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanEntry
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.PlanEntry;

            /**
             * Creates a plain object from a PlanEntry message. Also converts values to other types if specified.
             * @param message PlanEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.PlanEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanEntry {

            /** Properties of a PlanEntry. */
            interface $Properties {

                /** PlanEntry instance */
                instance?: (string|null);

                /** PlanEntry target */
                target?: (string|null);

                /** PlanEntry reason */
                reason?: (string|null);

                /** PlanEntry hostname */
                hostname?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanEntry. */
            type $Shape = ampm.v1.PlanEntry.$Properties;
        }

        /**
         * Properties of an EvacuateReply.
         * @deprecated Use ampm.v1.EvacuateReply.$Properties instead.
         */
        interface IEvacuateReply extends ampm.v1.EvacuateReply.$Properties {
        }

        /** Represents an EvacuateReply. */
        class EvacuateReply {

            /**
             * Constructs a new EvacuateReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.EvacuateReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvacuateReply job. */
            job?: (ampm.v1.Job.$Properties|null);

            /** EvacuateReply plan. */
            plan: ampm.v1.PlanEntry.$Properties[];

            /**
             * Creates a new EvacuateReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvacuateReply instance
             */
            static create(properties: ampm.v1.EvacuateReply.$Shape): ampm.v1.EvacuateReply & ampm.v1.EvacuateReply.$Shape;
            static create(properties?: ampm.v1.EvacuateReply.$Properties): ampm.v1.EvacuateReply;

            /**
             * Encodes the specified EvacuateReply message. Does not implicitly {@link ampm.v1.EvacuateReply.verify|verify} messages.
             * @param message EvacuateReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.EvacuateReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvacuateReply message, length delimited. Does not implicitly {@link ampm.v1.EvacuateReply.verify|verify} messages.
             * @param message EvacuateReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.EvacuateReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvacuateReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.EvacuateReply & ampm.v1.EvacuateReply.$Shape} EvacuateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.EvacuateReply & ampm.v1.EvacuateReply.$Shape;

            /**
             * Decodes an EvacuateReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.EvacuateReply & ampm.v1.EvacuateReply.$Shape} EvacuateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.EvacuateReply & ampm.v1.EvacuateReply.$Shape;

            /**
             * Verifies an EvacuateReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvacuateReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvacuateReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.EvacuateReply;

            /**
             * Creates a plain object from an EvacuateReply message. Also converts values to other types if specified.
             * @param message EvacuateReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.EvacuateReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvacuateReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvacuateReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvacuateReply {

            /** Properties of an EvacuateReply. */
            interface $Properties {

                /** EvacuateReply job */
                job?: (ampm.v1.Job.$Properties|null);

                /** EvacuateReply plan */
                plan?: (ampm.v1.PlanEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvacuateReply. */
            type $Shape = {
              job?: ampm.v1.Job.$Shape|null;
              plan?: ampm.v1.PlanEntry.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an ImageExportRequest.
         * @deprecated Use ampm.v1.ImageExportRequest.$Properties instead.
         */
        interface IImageExportRequest extends ampm.v1.ImageExportRequest.$Properties {
        }

        /** Represents an ImageExportRequest. */
        class ImageExportRequest {

            /**
             * Constructs a new ImageExportRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.ImageExportRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ImageExportRequest hostname. */
            hostname: string;

            /** ImageExportRequest stop. */
            stop: boolean;

            /** ImageExportRequest bucket. */
            bucket: string;

            /**
             * Creates a new ImageExportRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageExportRequest instance
             */
            static create(properties: ampm.v1.ImageExportRequest.$Shape): ampm.v1.ImageExportRequest & ampm.v1.ImageExportRequest.$Shape;
            static create(properties?: ampm.v1.ImageExportRequest.$Properties): ampm.v1.ImageExportRequest;

            /**
             * Encodes the specified ImageExportRequest message. Does not implicitly {@link ampm.v1.ImageExportRequest.verify|verify} messages.
             * @param message ImageExportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.ImageExportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ImageExportRequest message, length delimited. Does not implicitly {@link ampm.v1.ImageExportRequest.verify|verify} messages.
             * @param message ImageExportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.ImageExportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageExportRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.ImageExportRequest & ampm.v1.ImageExportRequest.$Shape} ImageExportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.ImageExportRequest & ampm.v1.ImageExportRequest.$Shape;

            /**
             * Decodes an ImageExportRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.ImageExportRequest & ampm.v1.ImageExportRequest.$Shape} ImageExportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.ImageExportRequest & ampm.v1.ImageExportRequest.$Shape;

            /**
             * Verifies an ImageExportRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ImageExportRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ImageExportRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.ImageExportRequest;

            /**
             * Creates a plain object from an ImageExportRequest message. Also converts values to other types if specified.
             * @param message ImageExportRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.ImageExportRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ImageExportRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ImageExportRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageExportRequest {

            /** Properties of an ImageExportRequest. */
            interface $Properties {

                /** ImageExportRequest hostname */
                hostname?: (string|null);

                /** ImageExportRequest stop */
                stop?: (boolean|null);

                /** ImageExportRequest bucket */
                bucket?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ImageExportRequest. */
            type $Shape = ampm.v1.ImageExportRequest.$Properties;
        }

        /**
         * Properties of an ImageImportRequest.
         * @deprecated Use ampm.v1.ImageImportRequest.$Properties instead.
         */
        interface IImageImportRequest extends ampm.v1.ImageImportRequest.$Properties {
        }

        /** Represents an ImageImportRequest. */
        class ImageImportRequest {

            /**
             * Constructs a new ImageImportRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.ImageImportRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ImageImportRequest hostname. */
            hostname: string;

            /** ImageImportRequest profile. */
            profile?: (ampm.v1.Profile.$Properties|null);

            /** ImageImportRequest bucket. */
            bucket: string;

            /** ImageImportRequest object. */
            object: string;

            /** ImageImportRequest sha256. */
            sha256: string;

            /** ImageImportRequest format. */
            format: string;

            /**
             * Creates a new ImageImportRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageImportRequest instance
             */
            static create(properties: ampm.v1.ImageImportRequest.$Shape): ampm.v1.ImageImportRequest & ampm.v1.ImageImportRequest.$Shape;
            static create(properties?: ampm.v1.ImageImportRequest.$Properties): ampm.v1.ImageImportRequest;

            /**
             * Encodes the specified ImageImportRequest message. Does not implicitly {@link ampm.v1.ImageImportRequest.verify|verify} messages.
             * @param message ImageImportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.ImageImportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ImageImportRequest message, length delimited. Does not implicitly {@link ampm.v1.ImageImportRequest.verify|verify} messages.
             * @param message ImageImportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.ImageImportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageImportRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.ImageImportRequest & ampm.v1.ImageImportRequest.$Shape} ImageImportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.ImageImportRequest & ampm.v1.ImageImportRequest.$Shape;

            /**
             * Decodes an ImageImportRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.ImageImportRequest & ampm.v1.ImageImportRequest.$Shape} ImageImportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.ImageImportRequest & ampm.v1.ImageImportRequest.$Shape;

            /**
             * Verifies an ImageImportRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ImageImportRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ImageImportRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.ImageImportRequest;

            /**
             * Creates a plain object from an ImageImportRequest message. Also converts values to other types if specified.
             * @param message ImageImportRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.ImageImportRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ImageImportRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ImageImportRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageImportRequest {

            /** Properties of an ImageImportRequest. */
            interface $Properties {

                /** ImageImportRequest hostname */
                hostname?: (string|null);

                /** ImageImportRequest profile */
                profile?: (ampm.v1.Profile.$Properties|null);

                /** ImageImportRequest bucket */
                bucket?: (string|null);

                /** ImageImportRequest object */
                object?: (string|null);

                /** ImageImportRequest sha256 */
                sha256?: (string|null);

                /** ImageImportRequest format */
                format?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ImageImportRequest. */
            type $Shape = ampm.v1.ImageImportRequest.$Properties;
        }

        /**
         * Properties of a RedeployRequest.
         * @deprecated Use ampm.v1.RedeployRequest.$Properties instead.
         */
        interface IRedeployRequest extends ampm.v1.RedeployRequest.$Properties {
        }

        /** Represents a RedeployRequest. */
        class RedeployRequest {

            /**
             * Constructs a new RedeployRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.RedeployRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RedeployRequest hostname. */
            hostname: string;

            /** RedeployRequest image. */
            image: string;

            /**
             * Creates a new RedeployRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RedeployRequest instance
             */
            static create(properties: ampm.v1.RedeployRequest.$Shape): ampm.v1.RedeployRequest & ampm.v1.RedeployRequest.$Shape;
            static create(properties?: ampm.v1.RedeployRequest.$Properties): ampm.v1.RedeployRequest;

            /**
             * Encodes the specified RedeployRequest message. Does not implicitly {@link ampm.v1.RedeployRequest.verify|verify} messages.
             * @param message RedeployRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.RedeployRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RedeployRequest message, length delimited. Does not implicitly {@link ampm.v1.RedeployRequest.verify|verify} messages.
             * @param message RedeployRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.RedeployRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RedeployRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.RedeployRequest & ampm.v1.RedeployRequest.$Shape} RedeployRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.RedeployRequest & ampm.v1.RedeployRequest.$Shape;

            /**
             * Decodes a RedeployRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.RedeployRequest & ampm.v1.RedeployRequest.$Shape} RedeployRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.RedeployRequest & ampm.v1.RedeployRequest.$Shape;

            /**
             * Verifies a RedeployRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RedeployRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RedeployRequest
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.RedeployRequest;

            /**
             * Creates a plain object from a RedeployRequest message. Also converts values to other types if specified.
             * @param message RedeployRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.RedeployRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RedeployRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RedeployRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RedeployRequest {

            /** Properties of a RedeployRequest. */
            interface $Properties {

                /** RedeployRequest hostname */
                hostname?: (string|null);

                /** RedeployRequest image */
                image?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RedeployRequest. */
            type $Shape = ampm.v1.RedeployRequest.$Properties;
        }

        /**
         * Properties of a MountReply.
         * @deprecated Use ampm.v1.MountReply.$Properties instead.
         */
        interface IMountReply extends ampm.v1.MountReply.$Properties {
        }

        /** Represents a MountReply. */
        class MountReply {

            /**
             * Constructs a new MountReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ampm.v1.MountReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MountReply instance. */
            instance?: (ampm.v1.Instance.$Properties|null);

            /** MountReply path. */
            path: string;

            /**
             * Creates a new MountReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MountReply instance
             */
            static create(properties: ampm.v1.MountReply.$Shape): ampm.v1.MountReply & ampm.v1.MountReply.$Shape;
            static create(properties?: ampm.v1.MountReply.$Properties): ampm.v1.MountReply;

            /**
             * Encodes the specified MountReply message. Does not implicitly {@link ampm.v1.MountReply.verify|verify} messages.
             * @param message MountReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ampm.v1.MountReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MountReply message, length delimited. Does not implicitly {@link ampm.v1.MountReply.verify|verify} messages.
             * @param message MountReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ampm.v1.MountReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MountReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ampm.v1.MountReply & ampm.v1.MountReply.$Shape} MountReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ampm.v1.MountReply & ampm.v1.MountReply.$Shape;

            /**
             * Decodes a MountReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ampm.v1.MountReply & ampm.v1.MountReply.$Shape} MountReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ampm.v1.MountReply & ampm.v1.MountReply.$Shape;

            /**
             * Verifies a MountReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MountReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MountReply
             */
            static fromObject(object: { [k: string]: any }): ampm.v1.MountReply;

            /**
             * Creates a plain object from a MountReply message. Also converts values to other types if specified.
             * @param message MountReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ampm.v1.MountReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MountReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MountReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MountReply {

            /** Properties of a MountReply. */
            interface $Properties {

                /** MountReply instance */
                instance?: (ampm.v1.Instance.$Properties|null);

                /** MountReply path */
                path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MountReply. */
            type $Shape = ampm.v1.MountReply.$Properties;
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

            /** DaemonStatsReply unauthorized. */
            unauthorized: number;

            /** DaemonStatsReply securityMode. */
            securityMode: string;

            /** DaemonStatsReply auditRecords. */
            auditRecords: number;

            /** DaemonStatsReply stateReadOnly. */
            stateReadOnly: boolean;

            /** DaemonStatsReply stateProblem. */
            stateProblem: string;

            /** DaemonStatsReply auditBacklogBytes. */
            auditBacklogBytes: number;

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

                /** DaemonStatsReply unauthorized */
                unauthorized?: (number|null);

                /** DaemonStatsReply securityMode */
                securityMode?: (string|null);

                /** DaemonStatsReply auditRecords */
                auditRecords?: (number|null);

                /** DaemonStatsReply stateReadOnly */
                stateReadOnly?: (boolean|null);

                /** DaemonStatsReply stateProblem */
                stateProblem?: (string|null);

                /** DaemonStatsReply auditBacklogBytes */
                auditBacklogBytes?: (number|null);

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

            /** ReloadReply securityProblems. */
            securityProblems: string[];

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

                /** ReloadReply securityProblems */
                securityProblems?: (string[]|null);

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
