// Minimal JSON writer used by BindingReport to report what was bound. Output is pure ASCII:
// every UTF-16 code unit outside U+0020..U+007E is written as \uXXXX, so control characters, U+2028
// and lone surrogates survive (JSON.parse in JS restores them exactly). Value walks any bound value by
// reflection: scalars by their .NET type, collections as arrays, other objects by their public properties.
using System;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace CaliberAPI
{
    public class Json
    {
        static readonly long EpochTicks = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        readonly StringBuilder sb = new StringBuilder();

        public Json Raw(string s) { sb.Append(s); return this; }
        public Json Key(string k) { Str(k); sb.Append(':'); return this; }

        public Json Str(string s)
        {
            if (s == null) { sb.Append("null"); return this; }
            sb.Append('"');
            foreach (char c in s)
            {
                if (c == '"' || c == '\\') sb.Append('\\').Append(c);
                else if (c >= 0x20 && c <= 0x7E) sb.Append(c);
                else sb.Append("\\u").Append(((int)c).ToString("X4"));
            }
            sb.Append('"');
            return this;
        }

        /// <summary>Deeper than this, a value is written as the text "too deep" (bound bodies are trees).</summary>
        const int MaxDepth = 64;

        public Json Value(object v) { return Value(v, 0); }

        Json Value(object v, int depth)
        {
            if (v == null) return Raw("null");
            if (depth > MaxDepth) return Str("too deep");
            if (v is string) return Str((string)v);
            if (v is bool) return Raw((bool)v ? "true" : "false");
            if (v is int || v is long || v is short || v is byte)
                return Raw(Convert.ToInt64(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            // A decimal as its exact text (scale kept: 1.50), which a JSON number would not keep.
            if (v is decimal) return Raw("{").Key("decimal").Str(((decimal)v).ToString(CultureInfo.InvariantCulture)).Raw("}");
            if (v is Guid) return Str(((Guid)v).ToString("D"));
            if (v is Enum)
            {
                // value = underlying number, name = Enum.ToString(), defined = is it a declared member?
                int n = Convert.ToInt32(v, CultureInfo.InvariantCulture);
                return Raw("{").Key("value").Raw(n.ToString(CultureInfo.InvariantCulture)).Raw(",")
                    .Key("name").Str(v.ToString()).Raw(",")
                    .Key("defined").Raw(Enum.IsDefined(v.GetType(), v) ? "true" : "false").Raw("}");
            }
            if (v is DateTime)
            {
                var d = (DateTime)v;
                // "utc": the instant, if .NET's own ToUniversalTime() is applied (Unspecified is treated
                // as server-local time by ToUniversalTime). "utcIfUnspecifiedIsUtc": reading Unspecified as UTC.
                var utc = d.ToUniversalTime();
                var utcAlt = d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : utc;
                return Raw("{").Key("o").Str(d.ToString("o", CultureInfo.InvariantCulture)).Raw(",")
                    .Key("kind").Str(d.Kind.ToString()).Raw(",")
                    .Key("ticks").Str(d.Ticks.ToString(CultureInfo.InvariantCulture)).Raw(",")
                    .Key("utc").Str(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Raw(",")
                    .Key("utcIfUnspecifiedIsUtc").Str(utcAlt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Raw(",")
                    .Key("unixTicksUtc").Str((utc.Ticks - EpochTicks).ToString(CultureInfo.InvariantCulture)).Raw("}");
            }
            if (v is IEnumerable)
            {
                Raw("[");
                bool first = true;
                foreach (var item in (IEnumerable)v)
                {
                    if (!first) Raw(",");
                    first = false;
                    Value(item, depth + 1);
                }
                return Raw("]");
            }
            var type = v.GetType();
            if (type.IsPrimitive) return Str(Convert.ToString(v, CultureInfo.InvariantCulture));
            Raw("{");
            bool firstProperty = true;
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (p.GetIndexParameters().Length > 0) continue;
                if (!firstProperty) Raw(",");
                firstProperty = false;
                Key(p.Name).Value(p.GetValue(v, null), depth + 1);
            }
            return Raw("}");
        }

        public override string ToString() { return sb.ToString(); }
    }
}
