// PATCH api/v2/clientcontact/{clientContactId}/phone
// Answers 200 with a JSON report of what Web API's formatters and model binder produced.
// The JSON is written by hand (Json.cs) so that every string arrives at the client exactly as the
// CLR held it, lone surrogates included.
using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Web.Http;
using System.Web.Http.ModelBinding;

namespace CaliberAPI
{
    public class ClientContactPhoneController : ApiController
    {
        [HttpPatch]
        public HttpResponseMessage Patch(int clientContactId, [FromBody] Phone phone)
        {
            var j = new Json();
            j.Raw("{");
            j.Key("clientContactId").Raw(clientContactId.ToString(CultureInfo.InvariantCulture)).Raw(",");
            var ct = Request.Content == null ? null : Request.Content.Headers.ContentType;
            j.Key("contentType").Str(ct == null ? null : ct.ToString()).Raw(",");
            object raw;
            Request.Properties.TryGetValue(Program.RawBodyKey, out raw);
            j.Key("rawBodyBase64").Str(raw == null ? null : Convert.ToBase64String((byte[])raw)).Raw(",");
            j.Key("phoneIsNull").Raw(phone == null ? "true" : "false").Raw(",");
            j.Key("phone");
            if (phone == null) j.Raw("null");
            else
            {
                j.Raw("{");
                bool first = true;
                foreach (var p in typeof(Phone).GetProperties())
                {
                    if (!first) j.Raw(",");
                    first = false;
                    j.Key(p.Name).Value(p.GetValue(phone, null));
                }
                j.Raw("}");
            }
            j.Raw(",");
            j.Key("modelStateIsValid").Raw(ModelState.IsValid ? "true" : "false").Raw(",");
            j.Key("modelState").Raw("[");
            bool firstErr = true;
            foreach (var entry in ModelState.OrderBy(e => e.Key, StringComparer.Ordinal))
                foreach (ModelError err in entry.Value.Errors)
                {
                    if (!firstErr) j.Raw(",");
                    firstErr = false;
                    j.Raw("{").Key("key").Str(entry.Key).Raw(",").Key("message").Str(err.ErrorMessage).Raw(",");
                    j.Key("exception").Str(err.Exception == null ? null : err.Exception.GetType().FullName).Raw(",");
                    j.Key("exceptionMessage").Str(err.Exception == null ? null : err.Exception.Message).Raw(",");
                    // TargetInvocationException and friends hide the real cause: list the inner chain too.
                    j.Key("innerExceptions").Raw("[");
                    for (var inner = err.Exception == null ? null : err.Exception.InnerException; inner != null; inner = inner.InnerException)
                        j.Str(inner.GetType().FullName + ": " + inner.Message).Raw(inner.InnerException != null ? "," : "");
                    j.Raw("]}");
                }
            j.Raw("],");
            j.Key("serverTimeZone").Str(TimeZoneInfo.Local.Id).Raw(",");
            j.Key("serverCulture").Str(CultureInfo.CurrentCulture.Name);
            j.Raw("}");
            var response = new HttpResponseMessage(HttpStatusCode.OK);
            response.Content = new StringContent(j.ToString(), new UTF8Encoding(false), "application/json");
            return response;
        }
    }
}
