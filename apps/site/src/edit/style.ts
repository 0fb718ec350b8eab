/** The panel's styles: a side panel on wide screens, a bottom sheet on phones; contrast ≥ 4.5:1. */
export const EDIT_CSS = `
.dari-edit-toggle{position:fixed;right:1rem;bottom:1rem;z-index:1001;padding:.5rem .9rem;border:2px solid #1a3d8f;border-radius:.4rem;background:#1a3d8f;color:#fff;font:inherit;cursor:pointer}
.dari-edit-toggle:focus-visible,#dari-edit button:focus-visible,#dari-edit textarea:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
#dari-edit{position:fixed;z-index:1000;top:0;right:0;bottom:0;width:min(26rem,100vw);overflow:auto;padding:1rem 1rem 4rem;background:#fff;color:#111;border-left:1px solid #555;box-shadow:-4px 0 16px rgba(0,0,0,.2);font-size:.95rem;line-height:1.45}
#dari-edit[hidden]{display:none}
#dari-edit h2{font-size:1.15rem;margin:0 0 .25rem}
#dari-edit h3{font-size:.85rem;margin:.8rem 0 .2rem;color:#333;text-transform:uppercase;letter-spacing:.03em}
#dari-edit p{margin:.2rem 0}
#dari-edit .dari-edit-pos,#dari-edit .dari-edit-state{color:#333;font-size:.85rem}
#dari-edit textarea{box-sizing:border-box;width:100%;font:inherit;padding:.4rem;border:1px solid #555;border-radius:.25rem;color:#111;background:#fff}
#dari-edit button{font:inherit;padding:.35rem .7rem;margin:.25rem .25rem 0 0;border:1px solid #1a3d8f;border-radius:.3rem;background:#fff;color:#1a3d8f;cursor:pointer}
#dari-edit button.primary{background:#1a3d8f;color:#fff}
#dari-edit button:disabled{color:#555;border-color:#777;cursor:not-allowed}
#dari-edit ul{margin:0;padding-left:1.1rem}
#dari-edit del{background:#fde2e2;color:#7f1d1d}
#dari-edit ins{background:#dcfce7;color:#14532d;text-decoration:underline}
#dari-edit .dari-edit-alert:not(:empty){padding:.5rem;border:2px solid #b91c1c;background:#fef2f2;color:#7f1d1d}
#dari-edit .dari-edit-msg:not(:empty){color:#14532d}
#dari-edit .sev-error{color:#991b1b}
#dari-edit .sev-warning{color:#854d0e}
#dari-edit .from{color:#333;font-size:.85rem}
.u.dari-edit-current{outline:2px solid #c2410c;outline-offset:2px;background:#fff7ed}
@media (min-width:60rem){html.dari-editing body{margin-right:27rem}}
@media (max-width:40rem){html.dari-editing body{padding-bottom:52vh}#dari-edit{top:auto;left:0;width:auto;max-height:50vh;border-left:0;border-top:1px solid #555;padding-bottom:1rem}.dari-edit-toggle{right:.5rem;bottom:.5rem}html.dari-editing .dari-edit-toggle{display:none}}
`;
