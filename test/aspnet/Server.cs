// A stock ASP.NET Web API (System.Web.Http) pipeline hosted behind System.Net.HttpListener.
// Mono's WCF-based HttpSelfHostServer accepts connections and never answers, so each
// HttpListenerContext is converted to an HttpRequestMessage, sent through
// HttpMessageInvoker(new HttpServer(config)) (routing, formatters, model binding are Web API's own),
// and the HttpResponseMessage is copied back.
//
// usage: mono CaliberAspNetServer.exe [port]      (port 0 or absent: pick a free port)
// Prints "listening http://127.0.0.1:PORT/" once requests are accepted.
// Exits when stdin reaches EOF (the parent closed it) or on SIGTERM/SIGINT.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using System.Web.Http;

namespace CaliberAPI
{
    public static class Program
    {
        public const string RawBodyKey = "CaliberTest.RawBody";

        public static int Main(string[] args)
        {
            int port = args.Length > 0 ? int.Parse(args[0]) : 0;

            var config = new HttpConfiguration();
            GeneratedRoutes.Register(config); // generated/aspnet/Routes.cs: one route per path template of the spec
            // Not a formatter/binder setting: only makes 4xx/5xx bodies carry the exception text.
            config.IncludeErrorDetailPolicy = IncludeErrorDetailPolicy.Always;
            var invoker = new HttpMessageInvoker(new HttpServer(config));

            var listener = StartListener(ref port);
            Console.Out.WriteLine("listening http://127.0.0.1:" + port + "/");
            Console.Out.Flush();

            // Parent closes our stdin -> exit.
            var stdinThread = new Thread(() => { try { while (Console.In.ReadLine() != null) { } } catch { } Shutdown(listener); });
            stdinThread.IsBackground = true;
            stdinThread.Start();
            AppDomain.CurrentDomain.ProcessExit += (s, e) => { try { listener.Close(); } catch { } };

            while (listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = listener.GetContext(); }
                catch (Exception) { break; }
                Task.Factory.StartNew(() => Handle(ctx, invoker));
            }
            return 0;
        }

        static void Shutdown(HttpListener listener)
        {
            try { listener.Close(); } catch { }
            Environment.Exit(0);
        }

        static HttpListener StartListener(ref int port)
        {
            for (int attempt = 0; ; attempt++)
            {
                int p = port;
                if (p == 0)
                {   // HttpListener cannot bind port 0: ask the OS for a free port first.
                    var probe = new TcpListener(IPAddress.Loopback, 0);
                    probe.Start();
                    p = ((IPEndPoint)probe.LocalEndpoint).Port;
                    probe.Stop();
                }
                var listener = new HttpListener();
                listener.Prefixes.Add("http://127.0.0.1:" + p + "/");
                try { listener.Start(); port = p; return listener; }
                catch (Exception) { if (port != 0 || attempt >= 20) throw; }
            }
        }

        static void Handle(HttpListenerContext ctx, HttpMessageInvoker invoker)
        {
            try
            {
                var req = ctx.Request;
                byte[] body;
                using (var ms = new MemoryStream()) { req.InputStream.CopyTo(ms); body = ms.ToArray(); }

                var msg = new HttpRequestMessage(new HttpMethod(req.HttpMethod), req.Url);
                msg.Content = new ByteArrayContent(body);
                msg.Properties[RawBodyKey] = body;
                foreach (string name in req.Headers.AllKeys)
                {
                    if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                    foreach (var value in req.Headers.GetValues(name))
                        if (!msg.Headers.TryAddWithoutValidation(name, value))
                            msg.Content.Headers.TryAddWithoutValidation(name, value);
                }

                var response = invoker.SendAsync(msg, CancellationToken.None).Result;

                var res = ctx.Response;
                res.StatusCode = (int)response.StatusCode;
                if (response.ReasonPhrase != null) res.StatusDescription = response.ReasonPhrase;
                foreach (var h in response.Headers)
                    foreach (var v in h.Value) res.AddHeader(h.Key, v);
                byte[] outBody = response.Content == null ? new byte[0] : response.Content.ReadAsByteArrayAsync().Result;
                if (response.Content != null)
                    foreach (var h in response.Content.Headers)
                    {
                        if (string.Equals(h.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                        foreach (var v in h.Value) res.AddHeader(h.Key, v);
                    }
                res.ContentLength64 = outBody.Length;
                res.OutputStream.Write(outBody, 0, outBody.Length);
                res.Close();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine("adapter error: " + e);
                try { ctx.Response.StatusCode = 500; ctx.Response.Close(); } catch { }
            }
        }
    }
}
