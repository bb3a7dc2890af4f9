using System.Collections.Frozen;
using Grpc.Core;
using Justice.Contracts;
using Justice.Network.Data;
using Justice.Network.Reference;
using Justice.Network.V1;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Grpc;

/// <summary>
/// <c>justice.network.v1.InstitutionDirectory</c>: a region's institutions for the public website, without a token.
/// Only the institution's own fields leave: its public contact data, never a team member or anyone else by name.
/// </summary>
public sealed class InstitutionDirectoryService(NetworkDbContext db, JudicialRegions regions) : InstitutionDirectory.InstitutionDirectoryBase
{
    private static readonly FrozenDictionary<string, ReferenceEntry> Types =
        NetworkReference.InstitutionTypes.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    public override async Task<ListInstitutionsResponse> ListInstitutions(ListInstitutionsRequest request, ServerCallContext context)
    {
        var code = (await RegionArgument.KnownAsync(regions, request.RegionCode, "region_code", context.CancellationToken)).Code;
        // The REST list's order within a type (by Bulgarian name, in the database's collation); the id breaks ties.
        var institutions = await db.Institutions.AsNoTracking().Where(i => i.RegionCode == code)
            .OrderBy(i => i.Type).ThenBy(i => i.NameBg).ThenBy(i => i.Id).ToListAsync(context.CancellationToken);
        var response = new ListInstitutionsResponse();
        response.Institutions.AddRange(institutions.Select(i =>
        {
            // A type no longer listed keeps its code as its name, as the REST view does.
            var name = Types.TryGetValue(i.Type, out var type) ? type.Name : new LocalizedText(i.Type, i.Type, i.Type);
            return new Institution
            {
                Id = i.Id.ToString(),
                RegionCode = i.RegionCode,
                Type = i.Type,
                TypeNameBg = name.Bg,
                TypeNameEn = name.En,
                TypeNameFr = name.Fr,
                NameBg = i.NameBg,
                NameEn = i.NameEn ?? "",
                Address = i.Address ?? "",
                Contact = i.Contact ?? "",
            };
        }));
        return response;
    }
}
