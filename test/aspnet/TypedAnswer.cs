// What a generated action of an operation with a response schema answers when the request carries
// X-Caliber-Answer: a value of the response type, built by the framework's own JSON formatter (Json.NET) from the
// header's base64 UTF-8 JSON, and written by whichever formatter the Accept header negotiates
// (DataContractSerializer for application/xml and text/xml, Json.NET for application/json): what the framework's
// own typed answers look like. Nothing here knows a type of the spec.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Formatting;
using System.Net.Http.Headers;
using System.Text;
using System.Web.Http;

namespace CaliberAPI
{
    public static class TypedAnswer
    {
        public const string Header = "X-Caliber-Answer";

        public static bool Wanted(ApiController controller)
        {
            return controller.Request.Headers.Contains(Header);
        }

        /// <summary>The header's value read as a T, answered with `status` in the negotiated format.</summary>
        public static HttpResponseMessage Answer<T>(ApiController controller, int status)
        {
            var request = controller.Request;
            var json = Convert.FromBase64String(request.Headers.GetValues(Header).First());
            var content = new ByteArrayContent(json);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            var formatters = new MediaTypeFormatter[] { controller.Configuration.Formatters.JsonFormatter };
            T value = content.ReadAsAsync<T>(formatters).Result;
            return request.CreateResponse((HttpStatusCode)status, value);
        }
    }
}
