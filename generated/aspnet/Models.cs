// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
// The data contracts of the spec's bodies and parameters: plain auto-properties, no attributes, so that
// DataContractSerializer orders members ordinally and takes its XML namespace from the CLR namespace.
// integer is int: the help pages' "integer" names no width (Int16, Int32 and Int64 alike); number is decimal.
using System;
using System.Collections.Generic;

namespace CaliberAPI
{
    public class Phone
    {
        public string AreaCode { get; set; }
        public int CreatedBy { get; set; }
        public DateTime DateCreated { get; set; }
        public string Extension { get; set; }
        public bool IsDeleted { get; set; }
        public bool IsPrimary { get; set; }
        public bool IsSecondary { get; set; }
        public DateTime LastModified { get; set; }
        public int ModifiedBy { get; set; }
        public global::CaliberAPI.PhoneNameOption NameOption { get; set; }
        public string Number { get; set; }
        public int PhoneID { get; set; }
        public int PhoneType { get; set; }
        public string PhoneTypeName { get; set; }
        public int RefID { get; set; }
        public global::CaliberAPI.PhoneRefType RefType { get; set; }
    }

    public enum PhoneNameOption { Contact1 = 0 }

    public enum PhoneRefType { Division = 0 }
}
