// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
// One controller per path template of the spec, one action per method: each binds the operation's parameters
// and body as Web API does ([FromUri] simple parameters, a [FromBody] body) and answers what it bound; one with a
// response schema answers a value of its response type instead when the request carries X-Caliber-Answer.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Web.Http;

namespace CaliberAPI
{
    // /api/v2/clientcontact/{clientContactId}/phone
    public class ApiV2ClientcontactByClientContactIdPhoneController : ApiController
    {
        [AcceptVerbs("PATCH")]
        public HttpResponseMessage Patch(int clientContactId, [FromBody] global::CaliberAPI.Phone body)
        {
            return BindingReport.Answer(this, "PATCH /api/v2/clientcontact/{clientContactId}/phone", new object[] { "clientContactId", clientContactId }, true, body);
        }
    }
}
