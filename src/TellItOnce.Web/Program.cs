using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Data.Seeding;
using TellItOnce.Web.Cli;
using TellItOnce.Web.Features.Account;
using TellItOnce.Web.Features.Cases;
using TellItOnce.Web.Features.Cases.AfterThePlan;
using TellItOnce.Web.Features.Children;
using TellItOnce.Web.Features.Documents;
using TellItOnce.Web.Features.Governance;
using TellItOnce.Web.Features.Health;
using TellItOnce.Web.Features.Insight;
using TellItOnce.Web.Features.LocalOffer;
using TellItOnce.Web.Features.Operations;
using TellItOnce.Web.Features.Plans;
using TellItOnce.Web.Features.Portals;
using TellItOnce.Web.Features.Privacy;
using TellItOnce.Web.Features.Timescales;
using TellItOnce.Web.Features.Workspaces;
using TellItOnce.Web.Shared;

// "migrate", "export ..." and the other command words run the command-line tool instead of the web server.
var isCommand = CommandLineHost.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);

var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
var sqlitePath = Path.Combine(builder.Environment.ContentRootPath, "App_Data", "tellitonce.db");
Directory.CreateDirectory(Path.GetDirectoryName(sqlitePath)!);
builder.Services.AddTellItOnceData(database, sqlitePath);

// The one place the real clock is read; everything else takes IClock so tests can move time.
#pragma warning disable RS0030
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped(sp => new CurrentUser(sp.GetRequiredService<IHttpContextAccessor>()));
builder.Services.AddScoped<IAuditContext, HttpAuditContext>();

builder.AddTellItOnceIdentity();
builder.Services.AddTellItOnceRateLimits(builder.Configuration);
builder.Services.AddPrivacy(builder.Configuration);
builder.Services.AddSharedDataProtection();
builder.AddOperations();
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddAuthorization(Policies.Add);

builder.Services.AddRazorPages(o =>
{
    o.RootDirectory = "/Features";
    o.Conventions.AuthorizeFolder("/Workspaces/Work", Policies.SendTeam);
    o.Conventions.AddPageRoute("/LocalOffer/Manage/Edit", "/provider/services/new");
})
.AddRazorOptions(o => o.PageViewLocationFormats.Add("/Shared/{0}.cshtml"));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "TellItOnce API";
    document.Info.Description = "Statutory timescales for the EHC pathway, the Local Offer as an Open Referral UK (HSDS-UK 3.0) API under /openreferral, and, for signed-in users, the shared SEND record.";
    return Task.CompletedTask;
}));
builder.Services.AddTellItOnceHealthChecks();
builder.Services.AddCliCommand<MigrateCommand>();
builder.Services.AddInsight();
builder.Services.AddScoped<WorkspaceQueries>();
builder.Services.AddPortals(builder.Configuration);
builder.Services.AddScoped<CaseService>();
builder.Services.AddAfterThePlan(builder.Configuration);
builder.Services.AddScoped<TellItOnce.Web.Features.Plans.PlanService>();
builder.Services.AddScoped<TellItOnce.Web.Features.Plans.PlanIssuing>();
builder.Services.AddScoped<NewRequestService>();
builder.Services.AddChildRecords();
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddScoped<PlanPdf>();
TellItOnce.Web.Shared.Pdf.PdfFonts.Register(builder.Configuration["Pdf:LicenceKey"]);
builder.Services.AddScoped<TellItOnce.Web.Features.PhaseTransfers.PhaseTransferQueries>();
builder.Services.AddScoped<LocalOfferSearch>();
builder.Services.AddScoped<LocalOfferDirectory>();
builder.Services.AddScoped<LocalOfferPublishing>();
builder.Services.AddScoped<OpenReferralImporter>();
builder.Services.AddGovernance();
builder.Services.AddHttpClient(OpenReferralImporter.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
builder.Services.AddCors(o => o.AddPolicy(OpenReferralApi.CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET").AllowAnyHeader()));

var app = builder.Build();
if (isCommand)
{
    return await CommandLineHost.RunAsync(app.Services, args);
}


// The API answers failures with RFC 9457 problem details; people in a browser get a GOV.UK error page.
static bool IsApi(HttpContext c) =>
    c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/openapi") || c.Request.Path.StartsWithSegments("/openreferral");
app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/error/500").UseStatusCodePagesWithReExecute("/error/{0}"));
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseStaticFiles();
app.UseRouting();
app.UseNullByteGuard();
app.UseRateLimiter();
app.UseCors();
app.UseAuthentication();
app.UseStaffMfaEnrolment();
app.UseAuthorization();
app.UseRefusalLogging();

app.MapRazorPages();
app.MapAccountEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapTimescalesApi();
app.MapCasesApi();
app.MapAfterThePlanApi();
app.MapDocuments();
app.MapPlanPdf();
app.MapOpenReferralApi();
app.MapInsight();
app.MapTellItOnceHealthChecks();

await app.PrepareDatabaseAsync(database);

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    Console.WriteLine();
    Console.WriteLine("TellItOnce is running.");
    Console.WriteLine($"  Open:      {string.Join(", ", addresses)}");
    Console.WriteLine(database.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(database.ConnectionString)
        ? $"  Database:  SQLite file {sqlitePath}"
        : $"  Database:  {database.Provider}");
    if (database.SeedDemoData)
    {
        Console.WriteLine($"  Sign in as any demo user, for example {DemoUsers.Caseworker}, with password {DemoUsers.Password}");
        Console.WriteLine($"  Demo users: {string.Join(", ", DemoUsers.All.Select(u => u.Email.Split('@')[0]))} (all @northshire.example)");
    }

    Console.WriteLine("  Press Ctrl+C to stop.");
});

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
