// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
// One route per path template of the spec.
using System.Net.Http;
using System.Web.Http;
using System.Web.Http.Routing;

namespace CaliberAPI
{
    public static class GeneratedRoutes
    {
        public static void Register(HttpConfiguration config)
        {
            config.Routes.MapHttpRoute("ApiV2ClientcontactByClientContactIdPhone", "api/v2/clientcontact/{clientContactId}/phone", new { controller = "ApiV2ClientcontactByClientContactIdPhone" });
        }
    }
}
