// What every generated action (generated/aspnet/Controllers.cs) answers: 200 with a JSON report of what Web API's
// formatters and model binder produced for the request. A binding failure is still a 200: it shows only in
// modelState. Values are written by Json.Value's reflection walk, so nothing here knows a type of the spec.
using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Formatting;
using System.Text;
using System.Web.Http;
using System.Web.Http.ModelBinding;

namespace CaliberAPI
{
    public static class BindingReport
    {
        /// <summary>
        /// A request with this header is answered with the bound body itself, written by the formatter its Accept
        /// header negotiates (DataContractSerializer, Json.NET): what the framework's own answers look like.
        /// </summary>
        public const string EchoHeader = "X-Caliber-Echo";

        static HttpResponseMessage Echo(ApiController controller, object body)
        {
            var config = controller.Configuration;
            var negotiated = config.Services.GetContentNegotiator().Negotiate(body.GetType(), controller.Request, config.Formatters);
            var response = new HttpResponseMessage(HttpStatusCode.OK);
            response.Content = new ObjectContent(body.GetType(), body, negotiated.Formatter);
            response.Content.Headers.ContentType = negotiated.MediaType;
            return response;
        }

        /// <param name="parameters">name, value, name, value, … of the action's path and query parameters</param>
        public static HttpResponseMessage Answer(ApiController controller, string operation, object[] parameters, bool hasBody, object body)
        {
            var request = controller.Request;
            if (body != null && request.Headers.Contains(EchoHeader)) return Echo(controller, body);
            var j = new Json();
            j.Raw("{").Key("operation").Str(operation).Raw(",");
            j.Key("query").Str(request.RequestUri.Query).Raw(",");
            var ct = request.Content == null ? null : request.Content.Headers.ContentType;
            j.Key("contentType").Str(ct == null ? null : ct.ToString()).Raw(",");
            object raw;
            request.Properties.TryGetValue(Program.RawBodyKey, out raw);
            j.Key("rawBodyBase64").Str(raw == null ? null : Convert.ToBase64String((byte[])raw)).Raw(",");
            j.Key("params").Raw("{");
            for (int i = 0; i < parameters.Length; i += 2)
                j.Raw(i > 0 ? "," : "").Key((string)parameters[i]).Value(parameters[i + 1]);
            j.Raw("},");
            j.Key("hasBody").Raw(hasBody ? "true" : "false").Raw(",");
            j.Key("bodyIsNull").Raw(body == null ? "true" : "false").Raw(",");
            j.Key("body").Value(body).Raw(",");
            var modelState = controller.ModelState;
            j.Key("modelStateIsValid").Raw(modelState.IsValid ? "true" : "false").Raw(",");
            j.Key("modelState").Raw("[");
            bool firstErr = true;
            foreach (var entry in modelState.OrderBy(e => e.Key, StringComparer.Ordinal))
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
