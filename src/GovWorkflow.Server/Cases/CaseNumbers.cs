using System.Globalization;
using System.Security.Cryptography;
using GovWorkflow.Domain.Calendar;
using NodaTime;

namespace GovWorkflow.Server.Cases;

/// <summary>Makes case numbers: bundle code, the Beijing date of receipt and six random digits.</summary>
public static class CaseNumbers
{
    /// <summary>A new case number, e.g. <c>restaurant-opening-20260302-481516</c>.</summary>
    public static string Next(string bundleCode, Instant now) => string.Create(
        CultureInfo.InvariantCulture,
        $"{bundleCode}-{now.InZone(BusinessCalendar.Zone).Date:yyyyMMdd}-{RandomNumberGenerator.GetInt32(100000, 1000000)}");
}
